package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The project list reads well from a 1920 px screen down to a 390 px phone, in Danish and in English: no figure or
 * header is cut off, the page never scrolls sideways, the header's parts never overlap. The screenshots taken here are
 * the user guide's pictures (docs/images).
 */
@PuljeIntegrationTest
@RunAsClient
class ListLayoutIT extends BrowserTest {

    private static final int[] WIDTHS = {1920, 1366, 1024, 390};

    /** Cells and headers whose content is wider than the box that shows it (the "9.735.000 k" of old). */
    private static final String CLIPPED = """
            var clipped = [];
            document.querySelectorAll('.pulje-table td.pulje-money, .pulje-table th, .pulje-table th .ui-column-title,'
                    + ' .pulje-table td .pulje-unknown, .pulje-table .pulje-filter-select, .ui-paginator-current,'
                    + ' .pulje-table .ui-datatable-tablewrapper').forEach(function (e) {
                if (e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1) {
                    clipped.push((e.id || e.className) + ' "' + e.textContent.trim().substring(0, 40) + '" '
                            + e.scrollWidth + '>' + e.clientWidth);
                }
            });
            if (document.documentElement.scrollWidth > window.innerWidth) {
                clipped.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + '>' + window.innerWidth);
            }
            var parts = Array.from(document.querySelectorAll('.pulje-brand, .pulje-nav a, .pulje-user, .pulje-lang'))
                    .filter(function (e) { return e.offsetParent !== null; });
            for (var i = 0; i < parts.length; i++) {
                for (var j = i + 1; j < parts.length; j++) {
                    var a = parts[i].getBoundingClientRect(), b = parts[j].getBoundingClientRect();
                    if (parts[i].contains(parts[j]) || parts[j].contains(parts[i])) continue;
                    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                        clipped.push('header parts overlap: ' + parts[i].textContent.trim() + ' / ' + parts[j].textContent.trim());
                    }
                }
            }
            return clipped;
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void theProjectListReadsWellAtEveryWidthInBothLanguages() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String language : List.of("da", "en")) {
            for (int width : WIDTHS) {
                browser.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
                browser.get(Browser.baseUrl() + "projects/list.xhtml?sort=granted&order=desc&lang=" + language);
                wait.until(d -> !d.findElements(By.className("pulje-project-link")).isEmpty());
                Browser.screenshot(browser, "project-list-" + width + "-" + language);
                @SuppressWarnings("unchecked")
                List<String> clipped = (List<String>) ((JavascriptExecutor) browser).executeScript(CLIPPED);
                clipped.forEach(problem -> problems.add(width + " px " + language + ": " + problem));
            }
        }
        browser.get(Browser.baseUrl() + "index.xhtml?lang=da");
        assertEquals(List.of(), problems);
    }

    @Test
    void theStartAndProjectPagesFitAPhone() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.xhtml", "projects/list.xhtml?q=EuroSkills")) {
            browser.get(Browser.baseUrl() + page);
            @SuppressWarnings("unchecked")
            List<String> clipped = (List<String>) ((JavascriptExecutor) browser).executeScript(CLIPPED);
            clipped.forEach(problem -> problems.add(page + ": " + problem));
        }
        Browser.screenshot(browser, "project-list-390-filtered");
        browser.get(Browser.baseUrl() + "index.xhtml");
        Browser.screenshot(browser, "start-page-390");
        assertEquals(List.of(), problems);
    }
}

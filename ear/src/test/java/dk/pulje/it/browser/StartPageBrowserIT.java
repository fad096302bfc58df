package dk.pulje.it.browser;

import dk.pulje.domain.model.money.MoneyFormat;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.it.support.SeedDocument.SeedProject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person sees: the start page's cards and the project list, in Danish and in English. */
@PuljeIntegrationTest
@RunAsClient
class StartPageBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();
    private final MoneyFormat danish = MoneyFormat.danish();

    @BeforeEach
    void logIn() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
    }

    @Test
    void startPageShowsTheRegionalPoolsFiguresTheDanishWay() {
        browser.get(Browser.baseUrl());
        WebElement card = regionalCard();
        assertEquals(Integer.toString(seed.projects().size()), card.findElement(By.className("pulje-figure-projects")).getText());
        String total = card.findElement(By.className("pulje-figure-total")).getText();
        assertTrue(total.contains(danish.amount(seed.totalSum().sum())), total);
        assertTrue(total.contains(danish.millions(seed.totalSum().sum())), total);
        String granted = card.findElement(By.className("pulje-figure-granted")).getText();
        assertTrue(granted.contains(danish.amount(seed.granted().sum())), granted);
        // textContent, not getText(): WebDriver turns the no-break space before "%" into a plain one.
        assertEquals(danish.percent(seed.supportShare()),
                card.findElement(By.className("pulje-figure-share")).getAttribute("textContent").strip());
        // Spelled out once, so that a formatting bug shared by test and product cannot hide.
        assertTrue(total.contains("40.387.000 kr."), total);

        WebElement library = cardFor("Udviklingspuljen");
        assertTrue(library.getText().contains("Runde ikke oplyst"), library.getText());
        assertTrue(library.findElement(By.className("pulje-figure-total")).getText().contains("ikke oplyst"));
        Browser.screenshot(browser, "start-page-da");
    }

    @Test
    void englishIsOneClickAway() {
        browser.get(Browser.baseUrl());
        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Portfolio overview"));
        String total = regionalCard().findElement(By.className("pulje-figure-total")).getText();
        assertTrue(total.contains(MoneyFormat.english().amount(seed.totalSum().sum())), total);
        Browser.screenshot(browser, "start-page-en");
        browser.findElement(By.id("lang-da")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Porteføljeoverblik"));
    }

    @Test
    void projectListPagesSortsAndFiltersAndOpensAProject() {
        // From the regional card to its projects: the list opens filtered on that fund.
        browser.get(Browser.baseUrl());
        regionalCard().findElement(By.className("pulje-card-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        long regional = seed.projects().size();
        assertEquals("Projekter 1–" + regional + " af " + regional, pageReport());
        Browser.screenshot(browser, "project-list");

        // Sort by granted, descending: two clicks on the header.
        By grantedHeader = By.id("projectsForm:projects:grantedColumn");
        browser.findElement(grantedHeader).click();
        wait.until(d -> "ascending".equals(d.findElement(grantedHeader).getAttribute("aria-sort")));
        browser.findElement(grantedHeader).click();
        wait.until(d -> "descending".equals(d.findElement(grantedHeader).getAttribute("aria-sort")));
        SeedProject largest = seed.projects().stream().max(Comparator.comparing(SeedProject::granted)).orElseThrow();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("tbody tr:first-child .pulje-project-link"), largest.title()));
        // The granted column is the one before "Udbetalt" (paid), the list's last.
        assertEquals(danish.amount(largest.granted()),
                browser.findElement(By.cssSelector("tbody tr:first-child td:nth-last-child(2)")).getText());

        // Filter on title: typed text goes to the database, the paginator reports the match count.
        WebElement titleFilter = browser.findElement(By.id("projectsForm:projects:titleColumn:filter"));
        titleFilter.sendKeys("grøn");
        wait.until(d -> pageReport().equals("Projekter 1–2 af 2"));
        List<String> titles = browser.findElements(By.className("pulje-project-link")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Grøn omstilling og bæredygtige kulturer", "Grønne Rollemodeller"),
                titles.stream().sorted().toList());

        browser.findElement(By.linkText("Grønne Rollemodeller")).click();
        wait.until(ExpectedConditions.textToBe(By.id("project-title"), "Grønne Rollemodeller"));
        SeedProject project = seed.projects().stream().filter(p -> p.title().equals("Grønne Rollemodeller")).findFirst().orElseThrow();
        assertEquals(danish.amount(project.totalSum()), browser.findElement(By.id("project-total")).getText());
        assertEquals(danish.amount(project.granted()), browser.findElement(By.id("project-granted")).getText());
        assertEquals(danish.amount(project.totalSum().minus(project.granted())),
                browser.findElement(By.id("project-cofinancing")).getText());
        Browser.screenshot(browser, "project-page");
    }

    private String pageReport() {
        return browser.findElement(By.className("ui-paginator-current")).getText();
    }

    private WebElement regionalCard() {
        return cardFor("Uddannelsespuljen 2024");
    }

    private WebElement cardFor(String title) {
        return browser.findElements(By.className("pulje-card")).stream()
                .filter(c -> c.findElement(By.className("pulje-card-round")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no card titled " + title));
    }

}

package dk.pulje.it.browser;

import dk.pulje.it.support.Accessibility;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11's "done when": logged in as {@code region}, each of the eight questions is answered in at most three clicks
 * from the start page, with the seed's figures (seed 002, Region Midtjylland's press release, and seed 000/001's
 * maturation project). Each case clicks: the menu's Overblik (1), the question's link (2); the answer is on that page,
 * so two clicks suffice (a round's question offers the round). The figures are written here from the documents.
 */
@PuljeIntegrationTest
@RunAsClient
class DashboardQuestionsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void theHubAsksTheEightQuestionsAndPassesAxe() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
        browser.findElement(By.id("nav-dashboards")).click();
        List<WebElement> questions = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#dashboard-questions > li")));
        assertTrue(questions.size() == 8, "eight questions, not " + questions.size());
        Accessibility.assertNoViolations(browser, "dashboards hub (region)");
        Browser.screenshot(browser, "dashboard-hub");
    }

    /**
     * Each case: the question's id on the hub; the link to click within it (a CSS selector inside the question); the
     * texts the answer page must show, separated by |.
     */
    private static final List<String> QUESTIONS = List.of(
            // 1: Randers got 2.178.000 kr. of a total of 4.868.000 kr. (44,74 %) in Uddannelsespuljen 2024.
            "question-towns; a.question-round; Randers|2.178.000 kr.|4.868.000 kr.|44,74",
            // 2: the theme pool's 13.752.000 kr. is 68,95 % of the granted money against its 80 %: 11,05 points short.
            "question-subpools; a.question-round; Temapulje|13.752.000 kr.|68,95|11,05",
            // 3: lowest support share Grøn omstilling og bæredygtige kulturer (883 of 4.046 = 21,82 %), highest
            //    Power-to-X (558 of 743 = 75,10 %); Grønne Rollemodeller misses the open pool's 25 % by 250 kr.
            "question-shares; a.question-round; Grøn omstilling og bæredygtige kulturer|21,82|Power-to-X i erhvervsuddannelserne|75,10|-250 kr.",
            // 4: Σ granted 19.944.000 kr. in the region's funds, nothing paid yet.
            "question-money; a; 19.944.000 kr.",
            // 5: the final report of AI i borgernes hænder (due 31 December 2025) is overdue, owner Randers Bibliotek.
            "question-reports; a; AI i borgernes hænder|Randers Bibliotek",
            // 6: the two funds side by side: 15 projects against 3, 40.387.000 kr. in total project sums.
            "question-compare; #question-compare-funds; Uddannelsespuljen|Udviklingspuljen|40.387.000 kr.",
            // 7: Herningsholm, owner of EuroSkills 2025 (6 mio. kr. of 11,063 mio. kr.), takes part with the most money.
            "question-organisations; a; Herningsholm Erhvervsskole og Gymnasier|6.000.000 kr.",
            // 8: the maturation project led to the application Læringsfællesskaber for en bæredygtig fremtid.
            "question-chain; a; Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt|Læringsfællesskaber for en bæredygtig fremtid");

    @Test
    void eachQuestionIsAnsweredWithinThreeClicksFromTheStartPage() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
        List<String> missing = new java.util.ArrayList<>();
        for (String line : QUESTIONS) {
            String[] parts = line.split(";");
            missing.addAll(answered(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        assertTrue(missing.isEmpty(), "not shown where expected:\n" + String.join("\n", missing));
    }

    /** What the answer page does not show of the expected texts (empty when it shows them all). */
    private List<String> answered(String question, String link, String expected) {
        browser.get(Browser.baseUrl());
        browser.findElement(By.id("nav-dashboards")).click();                                                   // 1
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + question + " " + link))).click(); // 2
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("dashboards/index.xhtml")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        String page = browser.findElement(By.tagName("body")).getText();
        List<String> missing = new java.util.ArrayList<>();
        for (String text : expected.split("\\|")) {
            if (!page.contains(text.strip())) {
                missing.add(question + " (" + browser.getCurrentUrl() + "): " + text.strip());
            }
        }
        return missing;
    }
}

package dk.pulje.it.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core (Deque's accessibility engine) run in the page the browser shows, against the WCAG 2.1 A and AA rules
 * that Danish public-sector web solutions must meet.
 */
public final class Accessibility {

    /** WCAG 2.0 and 2.1, levels A and AA: what the law asks of Danish public-sector sites. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails with one readable line per violation (rule, where, what to fix) when the page breaks a WCAG 2.1 AA rule. */
    public static void assertNoViolations(WebDriver driver, String pageName) {
        assertEquals(List.of(), violations(driver, pageName), "WCAG 2.1 AA violations on " + pageName);
    }

    /** The violations as lines, for tests that check many pages and report them all at once. */
    public static List<String> violations(WebDriver driver, String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            return List.of(pageName + ": axe-core failed: " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(pageName + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                        + ": " + rule.getHelp() + " — " + oneLine(node.getFailureSummary()));
            }
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}

package dk.pulje.it.dashboard;

import dk.pulje.application.dashboard.CofinancingRow;
import dk.pulje.domain.model.fund.CofinancingMargin;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The database's judgement of a project against the domain's {@code OwnFinancingRule.margin}, part by part. */
final class DomainComparison {

    private DomainComparison() {
    }

    static void assertSame(CofinancingMargin expected, CofinancingRow actual) {
        String who = actual.title() + " (" + actual.total() + " / " + actual.granted() + ")";
        assertEquals(expected.outcome(), actual.outcome(), who);
        assertEquals(expected.cofinancing(), actual.cofinancing(), who);
        assertDecimal(expected.share(), actual.share(), who + " share");
        assertDecimal(expected.marginPoints(), actual.marginPoints(), who + " points");
        assertDecimal(expected.margin(), actual.margin(), who + " margin");
    }

    private static void assertDecimal(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(0, expected.compareTo(actual), what + ": " + expected + " vs " + actual);
        }
    }
}

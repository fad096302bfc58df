package dk.pulje.domain.model.project;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a project's sources do not state stays unknown: never "0 kr." or "0 %" beside a total of millions. */
class FinancingSummaryTest {

    private static final Money TOTAL = Money.dkk("11063000");
    private static final FinancingSummary.Part GRANT = new FinancingSummary.Part(FinancingKind.THIS_GRANT, Money.dkk("6000000"));

    @Test
    void noBudgetLinesIsAnUnknownBudgetNotZero() {
        FinancingSummary summary = FinancingSummary.of(TOTAL, List.of(), List.of(GRANT), null);
        assertNull(summary.budget(), "no budget line: the budget is not stated, not 0 kr.");
        assertNull(summary.budgetGap(), "and its difference to the total cannot be told");
    }

    @Test
    void noOwnFinancingLineIsAnUnknownShareNotZeroPercent() {
        FinancingSummary summary = FinancingSummary.of(TOTAL, List.of(), List.of(GRANT), null);
        assertTrue(summary.ownFinancing().isUnknown());
        assertNull(summary.ownShare(), "no own financing stated: its share is not stated, not 0 %");
    }

    @Test
    void whatTheStatedSourcesDoNotCoverIsTheCoFinancingWithoutASource() {
        // EuroSkills 2025: 11.063.000 kr. in all, 6.000.000 kr. granted, the co-financing's sources not stated
        FinancingSummary summary = FinancingSummary.of(TOTAL, List.of(), List.of(GRANT), null);
        assertEquals(Money.dkk("5063000"), summary.financingGap());
        assertEquals(TOTAL.minus(Money.dkk("6000000")), summary.financingGap(), "the same figure as total − grant");
    }

    @Test
    void statedBudgetAndOwnFinancingAreSummedAsBefore() {
        FinancingSummary summary = FinancingSummary.of(Money.dkk("1000000"),
                List.of(Money.dkk("600000"), Money.dkk("400000")),
                List.of(new FinancingSummary.Part(FinancingKind.THIS_GRANT, Money.dkk("750000")),
                        new FinancingSummary.Part(FinancingKind.OWN_CASH, Money.dkk("250000"))), null);
        assertEquals(Money.dkk("1000000"), summary.budget());
        assertTrue(summary.budgetGap().isZero());
        assertEquals(new BigDecimal("0.2500"), summary.ownShare());
        assertTrue(summary.balanced());
    }

    @Test
    void aSurplusIsSaidAsAPositiveAmount() {
        FinancingSummary summary = FinancingSummary.of(Money.dkk("1000000"), List.of(),
                List.of(new FinancingSummary.Part(FinancingKind.THIS_GRANT, Money.dkk("800000")),
                        new FinancingSummary.Part(FinancingKind.OWN_CASH, Money.dkk("250000"))), null);
        assertEquals(Money.dkk("-50000"), summary.financingGap());
        assertEquals(Money.dkk("50000"), summary.surplus());
        assertNull(FinancingSummary.of(TOTAL, List.of(), List.of(GRANT), null).surplus(), "a gap is no surplus");
    }
}

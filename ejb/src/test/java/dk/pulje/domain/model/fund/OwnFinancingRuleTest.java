package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Udviklingspuljen's rule: at least 25 % own financing for projects above 100.000 kr. */
class OwnFinancingRuleTest {

    private final OwnFinancingRule udviklingspuljen = new OwnFinancingRule(new BigDecimal("0.25"), Money.dkk("100000"));

    @Test
    void smallProjectsAreNotBoundByTheRule() {
        assertEquals(OwnFinancingCheck.NOT_REQUIRED, udviklingspuljen.evaluate(Money.dkk("100000"), own("0")));
    }

    @Test
    void exactlyAQuarterMeetsTheRule() {
        assertEquals(OwnFinancingCheck.MET, udviklingspuljen.evaluate(Money.dkk("400000"), own("100000")));
        assertEquals(OwnFinancingCheck.NOT_MET, udviklingspuljen.evaluate(Money.dkk("400000"), own("99999.99")));
    }

    @Test
    void missingInformationIsNotCalledAFailure() {
        assertEquals(OwnFinancingCheck.UNKNOWN, udviklingspuljen.evaluate(null, own("100000")));
        MoneyTotal partlyKnown = MoneyTotal.empty(Money.DKK).add(Money.dkk("50000")).add(null);
        assertEquals(OwnFinancingCheck.UNKNOWN, udviklingspuljen.evaluate(Money.dkk("400000"), partlyKnown));
        MoneyTotal enoughAlready = MoneyTotal.empty(Money.DKK).add(Money.dkk("150000")).add(null);
        assertEquals(OwnFinancingCheck.MET, udviklingspuljen.evaluate(Money.dkk("400000"), enoughAlready));
    }

    @Test
    void aRuleNeedsAShareAboveZeroAndAtMostOne() {
        assertThrows(RuleViolation.class, () -> new OwnFinancingRule(BigDecimal.ZERO, null));
        assertThrows(RuleViolation.class, () -> new OwnFinancingRule(new BigDecimal("25"), null));
    }

    @Test
    void aDecisionCannotComeBeforeTheDeadline() {
        FundingRound round = new FundingRound(new Fund(new dk.pulje.domain.model.organisation.Organisation("SLKS",
                dk.pulje.domain.model.organisation.OrganisationType.AGENCY, null), "Udviklingspuljen", "UP"), "2024", 2024, null);
        assertEquals("round.decisionBeforeDeadline", assertThrows(RuleViolation.class,
                () -> round.schedule(java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 2, 1))).key());
    }

    private static MoneyTotal own(String amount) {
        return MoneyTotal.empty(Money.DKK).add(Money.dkk(amount));
    }
}

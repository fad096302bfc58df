package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The rule's margin as the dashboards judge it (co-financing = total − grant), on Region Midtjylland's open pool of
 * 2024: 25 % of every project, tolerance 1.125 kr. (the press release rounds totals and grants to thousands). Totals
 * and grants from seed 002.
 */
class CofinancingMarginTest {

    private final OwnFinancingRule openPool = new OwnFinancingRule(new BigDecimal("0.25"), null, Money.dkk("1125"),
            "Region Midtjyllands vilkår, 2017");

    @Test
    void groenneRollemodellerFallsShortBy250KronerWithinTheTolerance() {
        CofinancingMargin m = openPool.margin(Money.dkk("689000"), Money.dkk("517000"));
        assertEquals(OwnFinancingCheck.WITHIN_TOLERANCE, m.outcome());
        assertEquals(Money.dkk("172000"), m.cofinancing());
        assertEquals(0, new BigDecimal("-250").compareTo(m.margin()));
        assertEquals(new BigDecimal("0.249637"), m.share(), "172000 / 689000 to six decimals");
        assertEquals(new BigDecimal("-0.000363"), m.marginPoints());
    }

    @Test
    void theOtherCloseCallsOfTheOpenPool() {
        assertMargin("743000", "558000", "-750", OwnFinancingCheck.WITHIN_TOLERANCE); // Power-to-X
        assertMargin("798000", "599000", "-500", OwnFinancingCheck.WITHIN_TOLERANCE); // Sejl og studér
        assertMargin("416000", "312000", "0", OwnFinancingCheck.WITHIN_TOLERANCE); // Tværfagligt Studieunit
        assertMargin("554000", "145000", "270500", OwnFinancingCheck.MET); // Digitalt Grundforløb
    }

    @Test
    void theToleranceItselfIsWithinAndOneOereBeyondIsNot() {
        // total 400.000: 25 % = 100.000 kr.
        assertMargin("400000", "301125", "-1125", OwnFinancingCheck.WITHIN_TOLERANCE);
        assertMargin("400000", "301125.01", "-1125.01", OwnFinancingCheck.NOT_MET);
        assertMargin("400000", "298874.99", "1125.01", OwnFinancingCheck.MET);
    }

    @Test
    void withoutAToleranceZeroIsMetAndAnOereShortIsNot() {
        OwnFinancingRule exact = new OwnFinancingRule(new BigDecimal("0.25"), null);
        assertEquals(OwnFinancingCheck.MET, exact.margin(Money.dkk("400000"), Money.dkk("300000")).outcome());
        assertEquals(OwnFinancingCheck.NOT_MET, exact.margin(Money.dkk("400000"), Money.dkk("300000.01")).outcome());
    }

    @Test
    void whatTheRuleAsksIsRoundedUpToWholeOere() {
        // 25 % of 0,03 kr. is 0,0075 kr.: asked 0,01 kr.
        OwnFinancingRule exact = new OwnFinancingRule(new BigDecimal("0.25"), null);
        assertEquals(0, new BigDecimal("-0.01").compareTo(exact.margin(Money.dkk("0.03"), Money.dkk("0.03")).margin()));
    }

    @Test
    void theShareIsRoundedHalfEven() {
        // 1 / 2.000.000 = 0,0000005: a tie, to the even 0,000000 (half-up would give 0,000001)
        OwnFinancingRule exact = new OwnFinancingRule(new BigDecimal("0.0001"), null);
        assertEquals(new BigDecimal("0.000000"), exact.margin(Money.dkk("2000000"), Money.dkk("1999999")).share());
        // 3 / 2.000.000 = 0,0000015: a tie, to the even 0,000002
        assertEquals(new BigDecimal("0.000002"), exact.margin(Money.dkk("2000000"), Money.dkk("1999997")).share());
        // −1 / 2.000.000 (a grant above the total): to the even −0,000000
        assertEquals(0, BigDecimal.ZERO.compareTo(exact.margin(Money.dkk("2000000"), Money.dkk("2000001")).share()));
    }

    @Test
    void unknownAmountsAndThresholdsAreNotJudged() {
        assertEquals(OwnFinancingCheck.UNKNOWN, openPool.margin(null, Money.dkk("1")).outcome());
        assertEquals(OwnFinancingCheck.UNKNOWN, openPool.margin(Money.dkk("1"), null).outcome());
        OwnFinancingRule aboveHundredThousand = new OwnFinancingRule(new BigDecimal("0.25"), Money.dkk("100000"));
        CofinancingMargin small = aboveHundredThousand.margin(Money.dkk("100000"), Money.dkk("100000"));
        assertEquals(OwnFinancingCheck.NOT_REQUIRED, small.outcome());
        assertNull(small.margin());
    }

    private void assertMargin(String total, String granted, String margin, OwnFinancingCheck outcome) {
        CofinancingMargin m = openPool.margin(Money.dkk(total), Money.dkk(granted));
        assertEquals(outcome, m.outcome(), total + "/" + granted);
        assertEquals(0, new BigDecimal(margin).compareTo(m.margin()), total + "/" + granted + ": " + m.margin());
    }
}

package dk.pulje.application.portfolio;

import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A sub-pool below its target says by how much, in money, not only in colour. */
class SubPoolOutcomeTest {

    private static final MoneyTotal ROUND_GRANTED = MoneyTotal.of(new BigDecimal("30000000"), 15, 0, Money.DKK);

    @Test
    void aThemePoolBelowItsTargetFallsShortByTheDifferenceToItsTargetShareOfTheRound() {
        // target 80 % of 30 mio. = 24 mio.; granted 20,7 mio. (69 %): 3,3 mio. short
        SubPoolOutcome theme = outcome("0.80", "20700000", "0.69");
        assertEquals(Money.dkk("3300000"), theme.shortfall(ROUND_GRANTED));
    }

    @Test
    void onOrAboveTargetThereIsNoShortfall() {
        assertNull(outcome("0.20", "9300000", "0.31").shortfall(ROUND_GRANTED));
        assertNull(outcome("0.80", "24000000", "0.80").shortfall(ROUND_GRANTED));
    }

    @Test
    void unknownRoundGrantsGiveNoFigure() {
        MoneyTotal unknown = MoneyTotal.empty(Money.DKK).add(null);
        assertNull(outcome("0.80", "20700000", "0.69").shortfall(unknown));
    }

    private static SubPoolOutcome outcome(String target, String granted, String actual) {
        return new SubPoolOutcome(1, "Temapulje", SubPoolKind.THEME, new BigDecimal(target), 10, Money.dkk(granted),
                new BigDecimal(actual));
    }
}

package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.TestIds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Funds, rounds and sub-pools as an administrator sets them up: the rules they keep themselves. */
class RoundRulesTest {

    private static final Locale DA = new Locale("da");

    private final Organisation region = TestIds.withId(new Organisation("Region Midtjylland", OrganisationType.REGION, "Viborg"), 1L);
    private final Fund fund = TestIds.withId(new Fund(region, "Region Midtjyllands uddannelsespulje", "Uddannelsespuljen"), 1L);
    private final FundingRound round = new FundingRound(fund, "Uddannelsespuljen 2024", 2024, Money.dkkMillions("19.9"));

    @Test
    void theSubPoolsTargetsTogetherNeverPromiseMoreThanTheWholeRound() {
        SubPool theme = TestIds.withId(round.addSubPool("Temapulje", SubPoolKind.THEME, new BigDecimal("0.80"), List.of()), 1L);
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> round.addSubPool("Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.25"), List.of()));
        assertEquals("Delpuljernes mål kan tilsammen højst udgøre 100 % af runden. Med et mål på 25 % bliver de 105 %.",
                e.messageIn(DA).replace('\u00a0', ' '));
        assertEquals("The sub-pools' targets can add up to at most 100% of the round. With a target of 25% they come to 105%.",
                e.messageIn(Locale.ENGLISH));
        assertEquals(1, round.getSubPools().size(), "the refused sub-pool was not added");

        round.addSubPool("Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.20"), List.of());
        // A sub-pool's own old target does not count against its new one.
        round.changeSubPool(theme, "Temapulje", SubPoolKind.THEME, new BigDecimal("0.75"), List.of());
        assertEquals(new BigDecimal("0.75"), theme.getTargetShare());
        assertThrows(RuleViolation.class,
                () -> round.changeSubPool(theme, "Temapulje", SubPoolKind.THEME, new BigDecimal("0.81"), List.of()));
        assertEquals(new BigDecimal("0.75"), theme.getTargetShare(), "the refused change left the target as it was");
    }

    @Test
    void aSubPoolWithoutTargetAddsNothingToTheTargets() {
        round.addSubPool("Temapulje", SubPoolKind.THEME, BigDecimal.ONE, List.of());
        round.addSubPool("Restpulje", SubPoolKind.OPEN, null, List.of());
        assertEquals(2, round.getSubPools().size());
    }

    @Test
    void aNameNamesOneSubPoolOfTheRoundWhateverItsCase() {
        SubPool theme = round.addSubPool("Temapulje", SubPoolKind.THEME, null, List.of());
        RuleViolation e = assertThrows(RuleViolation.class, () -> round.addSubPool(" temapulje ", SubPoolKind.OPEN, null, List.of()));
        assertEquals("Runden har allerede en delpulje, der hedder temapulje.", e.messageIn(DA));
        round.changeSubPool(theme, "TEMAPULJE", SubPoolKind.THEME, null, List.of()); // renaming itself is fine
        assertEquals("TEMAPULJE", theme.getName());
    }

    @Test
    void anOpenPoolIsOpenToEveryThemeAndTakesNone() {
        Theme ai = new Theme("AI");
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> round.addSubPool("Åben pulje", SubPoolKind.OPEN, null, List.of(ai)));
        assertEquals("The sub-pool Åben pulje is an open pool and cannot have themes. Make it a theme pool or remove the themes.",
                e.messageIn(Locale.ENGLISH));
        SubPool theme = round.addSubPool("Temapulje", SubPoolKind.THEME, null, List.of(ai));
        assertThrows(RuleViolation.class, () -> round.changeSubPool(theme, "Temapulje", SubPoolKind.OPEN, null, List.of(ai)));
        assertEquals(SubPoolKind.THEME, theme.getKind(), "nothing of the refused change was set");
        round.changeSubPool(theme, "Åben nu", SubPoolKind.OPEN, null, List.of());
        assertTrue(theme.getThemes().isEmpty());
        assertThrows(RuleViolation.class, () -> theme.addTheme(ai));
    }

    @Test
    void aTargetShareLiesBetweenNothingAndAll() {
        assertEquals("share.outOfRange", assertThrows(RuleViolation.class,
                () -> round.addSubPool("Temapulje", SubPoolKind.THEME, new BigDecimal("1.01"), List.of())).key());
        assertEquals("share.outOfRange", assertThrows(RuleViolation.class,
                () -> round.addSubPool("Temapulje", SubPoolKind.THEME, new BigDecimal("-0.01"), List.of())).key());
    }

    @Test
    void aRoundHasANameAPlausibleYearAndANonNegativeEnvelope() {
        assertEquals("field.required", assertThrows(RuleViolation.class, () -> round.describe(" ", 2024)).key());
        RuleViolation year = assertThrows(RuleViolation.class, () -> round.describe("Runde 2024", 20244));
        assertEquals("20244 er ikke et gyldigt år for en runde.", year.messageIn(DA));
        assertEquals("Uddannelsespuljen 2024", round.getName(), "nothing changed");
        assertEquals("money.negative", assertThrows(RuleViolation.class, () -> round.changeEnvelope(Money.dkk("-1"))).key());
        round.describe("Uddannelsespuljen 2025", null);
        round.changeEnvelope(null);
        assertNull(round.getYear());
        assertNull(round.getEnvelope());
    }

    @Test
    void theDecisionNeverPrecedesTheDeadline() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> round.schedule(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)));
        assertEquals("round.decisionBeforeDeadline", e.key());
        round.schedule(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1));
        assertEquals(LocalDate.of(2024, 6, 1), round.getDecisionDate());
    }

    @Test
    void aGrantPastTheEnvelopeIsRefusedUnlessConfirmed() {
        EnvelopeCheck check = round.envelopeCheck(Money.dkkMillions("19"));
        assertEquals(Optional.empty(), check.excessWith(Money.dkk("900000")), "exactly up to the envelope fits");
        assertEquals(Optional.of(Money.dkk("0.01")), check.excessWith(Money.dkk("900000.01")));
        RuleViolation e = assertThrows(RuleViolation.class, () -> check.require(Money.dkk("1000000"), false));
        assertEquals("Bevillingen på 1.000.000 kr. får runden til at overskride sin ramme på 19.900.000 kr. med 100.000 kr.: "
                + "bekræft, at rammen må overskrides, hvis bevillingen skal gives alligevel.", e.messageIn(DA));
        assertEquals("The grant of DKK 1,000,000 takes the round past its envelope of DKK 19,900,000 by DKK 100,000. "
                + "To give the grant anyway, confirm that the envelope may be exceeded.", e.messageIn(Locale.ENGLISH));
        check.require(Money.dkk("1000000"), true); // confirmed: allowed
        check.require(Money.dkk("900000"), false);
    }

    @Test
    void withoutAnEnvelopeOrAnAmountThereIsNothingToExceed() {
        round.changeEnvelope(null);
        assertEquals(Optional.empty(), round.envelopeCheck(Money.dkkMillions("50")).excessWith(Money.dkkMillions("50")));
        assertEquals(Optional.empty(), EnvelopeCheck.NONE.excessWith(Money.dkkMillions("1")));
        assertEquals(Optional.empty(), new FundingRound(fund, "R", 2024, Money.dkk("10")).envelopeCheck(null).excessWith(null));
    }

    @Test
    void aFundIsRenamedOnlyToSomething() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> fund.describe(region, "Ny pulje", "  "));
        assertEquals("Puljens korte navn skal udfyldes.", e.messageIn(DA));
        assertEquals("Region Midtjyllands uddannelsespulje", fund.getName(), "nothing was changed");
        fund.describe(region, " Ny pulje ", "Ny");
        assertEquals("Ny pulje", fund.getName());
    }
}

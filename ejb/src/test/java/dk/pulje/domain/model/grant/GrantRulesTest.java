package dk.pulje.domain.model.grant;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grants, amendments and payments: what a fund administrator may and may not do with the money. */
class GrantRulesTest {

    private static final Locale DA = new Locale("da");
    private static final LocalDate DECIDED = LocalDate.of(2024, 6, 28);

    private final Organisation region = TestIds.withId(new Organisation("Region Midtjylland", OrganisationType.REGION, "Viborg"), 1L);
    private final Fund fund = TestIds.withId(new Fund(region, "Region Midtjyllands uddannelsespulje", "Uddannelsespuljen"), 1L);
    private final FundingRound round = TestIds.withId(new FundingRound(fund, "Uddannelsespuljen 2024", 2024, null), 1L);
    private Project project;

    @BeforeEach
    void euroSkills() {
        project = new Project(fund, round, "EuroSkills 2025", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
        project.budgetTotal(Money.dkkMillions("11.063"));
        project.schedule(LocalDate.of(2024, 8, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void aGrantCannotExceedTheTotalProjectSum() {
        Grant grant = new Grant(project, null, Money.dkkMillions("7"));
        RuleViolation e = assertThrows(RuleViolation.class, () -> grant.decide(Money.dkkMillions("11.1"), DECIDED, "J-1", null));
        assertEquals("Bevillingen (11.100.000 kr.) kan ikke være større end den samlede projektsum (11.063.000 kr.).", e.messageIn(DA));
        assertEquals("The grant (DKK 11,100,000) cannot be larger than the total project sum (DKK 11,063,000).", e.messageIn(Locale.ENGLISH));
        assertNull(grant.getGranted(), "nothing was recorded");
    }

    @Test
    void amountsAreNeverNegative() {
        assertEquals("money.negative", assertThrows(RuleViolation.class, () -> new Grant(project, null, Money.dkk("-1"))).key());
        Grant grant = new Grant(project, null, null);
        assertEquals("money.negative", assertThrows(RuleViolation.class, () -> grant.decide(Money.dkk("-1"), DECIDED, null, null)).key());
    }

    @Test
    void aDecidedGrantChangesOnlyThroughAnAmendmentThatKeepsThePreviousValues() {
        Grant grant = decided("6");
        assertEquals("grant.alreadyDecided", assertThrows(RuleViolation.class,
                () -> grant.decide(Money.dkkMillions("7"), DECIDED, null, null)).key());

        GrantAmendment amendment = grant.amend(LocalDate.of(2025, 3, 1), "Udvidet med ekstra aktiviteter under EuroSkills",
                Money.dkkMillions("6.5"), Money.dkkMillions("12"), LocalDate.of(2026, 3, 31));
        assertEquals(Money.dkkMillions("6"), amendment.getPreviousGranted());
        assertEquals(Money.dkkMillions("6.5"), amendment.getNewGranted());
        assertEquals(Money.dkkMillions("11.063"), amendment.getPreviousTotal());
        assertEquals(LocalDate.of(2025, 12, 31), amendment.getPreviousEndDate());
        assertEquals(Money.dkkMillions("6.5"), grant.getGranted());
        assertEquals(Money.dkkMillions("12"), project.getTotalSum());
        assertEquals(LocalDate.of(2026, 3, 31), project.getEndDate());
        assertEquals(1, grant.getAmendments().size());
    }

    @Test
    void anAmendmentNeedsAReasonAndKeepsTheRules() {
        Grant grant = decided("6");
        assertEquals("field.required", assertThrows(RuleViolation.class,
                () -> grant.amend(LocalDate.of(2025, 3, 1), " ", Money.dkkMillions("5"), null, null)).key());
        assertEquals("grant.exceedsTotal", assertThrows(RuleViolation.class,
                () -> grant.amend(LocalDate.of(2025, 3, 1), "Mere", Money.dkkMillions("12"), null, null)).key());
        assertEquals("project.endBeforeStart", assertThrows(RuleViolation.class,
                () -> grant.amend(LocalDate.of(2025, 3, 1), "Kortere", null, null, LocalDate.of(2024, 1, 1))).key());
    }

    @Test
    void paidNeverExceedsGrantedWithoutAnAmendment() {
        Grant grant = decided("6");
        Payment first = grant.planPayment(LocalDate.of(2024, 9, 1), Money.dkkMillions("3"), null);
        Payment second = grant.planPayment(LocalDate.of(2025, 9, 1), Money.dkkMillions("3"), "Efter godkendt statusrapport");
        grant.recordPayment(first, LocalDate.of(2024, 9, 2), Money.dkkMillions("3.5"));
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> grant.recordPayment(second, LocalDate.of(2025, 9, 2), Money.dkkMillions("3")));
        assertEquals("Udbetalingen på 3.000.000 kr. overstiger det, der er tilbage af bevillingen (2.500.000 kr.). "
                + "Større udbetalinger kræver et tillæg til bevillingen.", e.messageIn(DA));
        assertTrue(!second.isPaid(), "the refused payment was not recorded");

        grant.amend(LocalDate.of(2025, 8, 1), "Tillæg til sidste rate", Money.dkkMillions("6.5"), null, null);
        grant.recordPayment(second, LocalDate.of(2025, 9, 2), Money.dkkMillions("3"));
        assertEquals(Money.dkkMillions("6.5"), grant.paid());
    }

    @Test
    void theGrantCannotBeAmendedBelowWhatWasPaid() {
        Grant grant = decided("6");
        Payment rate = grant.planPayment(null, Money.dkkMillions("4"), null);
        grant.recordPayment(rate, LocalDate.of(2024, 9, 2), Money.dkkMillions("4"));
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> grant.amend(LocalDate.of(2025, 1, 1), "Nedskrevet", Money.dkkMillions("3"), null, null));
        assertEquals("grant.belowPaid", e.key());
    }

    @Test
    void theKeptPlannedTotalFollowsEveryChangeOfThePlan() {
        Grant grant = decided("6");
        assertEquals(Money.dkk("0"), grant.plannedTotal());
        Payment first = grant.planPayment(LocalDate.of(2024, 9, 1), Money.dkkMillions("2"), null);
        Payment second = grant.planPayment(LocalDate.of(2025, 9, 1), Money.dkk("1500000.50"), null);
        assertEquals(Money.dkk("3500000.50"), grant.plannedTotal());
        grant.recordPayment(first, LocalDate.of(2024, 9, 2), Money.dkkMillions("1.5"));
        assertEquals(Money.dkk("3500000.50"), grant.plannedTotal(), "a paid tranche stays planned, at its planned amount");
        grant.removePayment(second);
        assertEquals(Money.dkkMillions("2"), grant.plannedTotal());
        assertThrows(RuleViolation.class, () -> grant.planPayment(null, Money.dkkMillions("5"), null));
        assertEquals(Money.dkkMillions("2"), grant.plannedTotal(), "a refused tranche leaves it as it was");
        grant.amend(LocalDate.of(2025, 8, 1), "Tillæg", Money.dkkMillions("6.5"), null, null);
        assertEquals(grant.planned(), grant.plannedTotal());
    }

    @Test
    void thePlanCannotPromiseMoreThanIsGranted() {
        Grant grant = decided("6");
        grant.planPayment(null, Money.dkkMillions("5"), null);
        RuleViolation e = assertThrows(RuleViolation.class, () -> grant.planPayment(null, Money.dkkMillions("1.5"), null));
        assertEquals("payment.planExceedsGranted", e.key());
        assertEquals(Money.dkkMillions("5"), grant.planned());
    }

    @Test
    void paymentsNeedADecidedAmountAPositiveSumAndADateAfterTheDecision() {
        // A project has one grant: the undecided one belongs to a project of its own.
        Grant undecided = new Grant(new Project(fund, round, "Uafgjort", ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW), null, null);
        assertEquals("grant.amountNotDecided", assertThrows(RuleViolation.class,
                () -> undecided.planPayment(null, Money.dkk("1000"), null)).key());
        Grant grant = decided("6");
        assertEquals("money.notPositive", assertThrows(RuleViolation.class,
                () -> grant.planPayment(null, Money.dkk("0"), null)).key());
        Payment rate = grant.planPayment(null, Money.dkk("1000"), null);
        assertEquals("payment.beforeDecision", assertThrows(RuleViolation.class,
                () -> grant.recordPayment(rate, DECIDED.minusDays(1), Money.dkk("1000"))).key());
        grant.recordPayment(rate, DECIDED, Money.dkk("1000"));
        assertEquals("payment.alreadyPaid", assertThrows(RuleViolation.class,
                () -> grant.recordPayment(rate, DECIDED, Money.dkk("1000"))).key());
    }

    /** A finance system's reference arrives through the API without the form's limit: refused with a message, not by the database. */
    @Test
    void aReferenceOrConditionLongerThanItsColumnIsRefusedWithAMessage() {
        Grant grant = decided("6");
        RuleViolation condition = assertThrows(RuleViolation.class,
                () -> grant.planPayment(null, Money.dkk("1000"), "x".repeat(501)));
        assertEquals("Betingelsen for udbetalingen må højst være 500 tegn (den er 501).", condition.messageIn(DA));
        assertTrue(grant.getPayments().isEmpty(), "nothing was planned");
        Payment rate = grant.planPayment(null, Money.dkk("1000"), "x".repeat(500));
        RuleViolation reference = assertThrows(RuleViolation.class,
                () -> grant.recordPayment(rate, DECIDED, Money.dkk("1000"), "R".repeat(101)));
        assertEquals("The payment reference may be at most 100 characters long (it is 101).", reference.messageIn(Locale.ENGLISH));
        assertTrue(!rate.isPaid(), "nothing was recorded");
        grant.recordPayment(rate, DECIDED, Money.dkk("1000"), "R".repeat(100));
        assertEquals(100, rate.getReference().length());
    }

    @Test
    void aGrantsSubPoolIsInTheProjectsRound() {
        FundingRound otherRound = TestIds.withId(new FundingRound(fund, "Uddannelsespuljen 2025", 2025, null), 2L);
        SubPool foreign = otherRound.addSubPool("Temapulje", SubPoolKind.THEME, new BigDecimal("0.80"), java.util.List.of());
        assertEquals("grant.subPoolOfOtherRound", assertThrows(RuleViolation.class, () -> new Grant(project, foreign, null)).key());
    }

    @Test
    void theAccountsTierFollowsTheStateRulesAtTheirBoundaries() {
        assertNull(AccountsTier.forGrant(null));
        assertEquals(AccountsTier.DECLARATION, AccountsTier.forGrant(Money.dkk("100000")));
        assertEquals(AccountsTier.ACCOUNTS_AND_STATEMENT, AccountsTier.forGrant(Money.dkk("100000.01")));
        assertEquals(AccountsTier.ACCOUNTS_AND_STATEMENT, AccountsTier.forGrant(Money.dkk("500000")));
        assertEquals(AccountsTier.AUDITED, AccountsTier.forGrant(Money.dkk("500000.01")));
        assertEquals(AccountsTier.AUDITED, decided("6").accountsTier());
    }

    @Test
    void aProjectHasOneGrant() {
        new Grant(project, null, Money.dkkMillions("7"));
        RuleViolation e = assertThrows(RuleViolation.class, () -> new Grant(project, null, Money.dkkMillions("6")));
        assertEquals("Projektet EuroSkills 2025 har allerede en bevilling.", e.messageIn(DA));
    }

    /** The project keeps the rule too, so a path that changes the total without the grant (an import) cannot break it. */
    @Test
    void theProjectsTotalCannotFallBelowItsGrant() {
        decided("6");
        RuleViolation e = assertThrows(RuleViolation.class, () -> project.budgetTotal(Money.dkkMillions("5.9")));
        assertEquals("The grant (DKK 6,000,000) cannot be larger than the total project sum (DKK 5,900,000).",
                e.messageIn(Locale.ENGLISH));
        assertEquals(Money.dkkMillions("11.063"), project.getTotalSum(), "the total is unchanged");
        project.budgetTotal(Money.dkkMillions("6"));
        assertEquals(Money.dkkMillions("6"), project.getTotalSum(), "the total may equal the grant");
        project.budgetTotal(null);
        assertNull(project.getTotalSum(), "an unknown total does not contradict the grant");
    }

    @Test
    void anAmendmentMayLowerTheGrantAndTheTotalTogether() {
        Grant grant = decided("6");
        grant.amend(LocalDate.of(2025, 3, 1), "Aktiviteter aflyst", Money.dkkMillions("5"), Money.dkkMillions("5.5"), null);
        assertEquals(Money.dkkMillions("5"), grant.getGranted());
        assertEquals(Money.dkkMillions("5.5"), project.getTotalSum());
    }

    /** Closed, rejected and withdrawn projects take no more changes of money: no decision, amendment or payment. */
    @Test
    void aFinalProjectsGrantTakesNoMoreMoney() {
        Grant grant = decided("6");
        Payment rate = grant.planPayment(DECIDED, Money.dkk("1000"), null);
        project.withdraw("Projektlederen er fratrådt");

        RuleViolation e = assertThrows(RuleViolation.class, () -> grant.planPayment(DECIDED, Money.dkk("1000"), null));
        assertEquals("Projektet har status \"Trukket tilbage\", så dets beløb kan ikke længere ændres.", e.messageIn(DA));
        assertEquals("The project has status \"Withdrawn\", so its amounts can no longer be changed.", e.messageIn(Locale.ENGLISH));
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class,
                () -> grant.recordPayment(rate, DECIDED, Money.dkk("1000"))).key());
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class,
                () -> grant.amend(DECIDED, "Forhøjelse", Money.dkkMillions("7"), null, null)).key());
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class,
                () -> project.budgetTotal(Money.dkkMillions("12"))).key());
        assertEquals(Money.dkkMillions("6"), grant.getGranted());
        assertEquals(1, grant.getPayments().size());
        assertEquals(Money.dkk("0"), grant.paid());
    }

    @Test
    void aRejectedProjectsApplicationIsNeitherDecidedNorRegisteredAgain() {
        Project rejected = new Project(fund, round, "Afslået", ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW);
        Grant grant = new Grant(rejected, null, Money.dkkMillions("1"));
        rejected.reject("Uden for puljens formål");
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class,
                () -> grant.decide(Money.dkkMillions("1"), DECIDED, null, null)).key());
        assertNull(grant.getGranted());

        Project closedWithoutGrant = new Project(fund, round, "Lukket", ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW);
        closedWithoutGrant.reject("Uden for puljens formål");
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class,
                () -> new Grant(closedWithoutGrant, null, Money.dkkMillions("1"))).key());
    }

    private Grant decided(String millions) {
        Grant grant = new Grant(project, null, Money.dkkMillions(millions));
        grant.decide(Money.dkkMillions(millions), DECIDED, "RM-2024-1", null);
        return grant;
    }
}

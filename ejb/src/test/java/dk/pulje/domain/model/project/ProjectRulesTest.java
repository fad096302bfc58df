package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.fund.OwnFinancingRule;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants a project and its parts guard themselves. */
class ProjectRulesTest {

    private final Organisation region = TestIds.withId(new Organisation("Region Midtjylland", OrganisationType.REGION, "Viborg"), 100L);
    private final Fund fund = TestIds.withId(new Fund(region, "Region Midtjyllands uddannelsespulje", "Uddannelsespuljen"), 1L);
    private final FundingRound round = TestIds.withId(new FundingRound(fund, "Uddannelsespuljen 2024", 2024, Money.dkkMillions("19.9")), 10L);

    @Test
    void aProjectCannotEndBeforeItStarts() {
        Project project = project();
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> project.schedule(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)));
        assertEquals("project.endBeforeStart", e.key());
        assertEquals("Projektet kan ikke slutte (31. december 2024) før det starter (1. januar 2025).", e.messageIn(new Locale("da")));
        assertEquals("The project cannot end (December 31, 2024) before it starts (January 1, 2025).", e.messageIn(Locale.ENGLISH));
        project.schedule(LocalDate.of(2024, 1, 1), null);
        assertNull(project.getEndDate(), "an unknown end is allowed");
    }

    @Test
    void aTotalCannotBeNegative() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> project().budgetTotal(Money.dkk("-1")));
        assertEquals("Beløbet -1 kr. er negativt. Beløb kan ikke være under 0 kr.", e.messageIn(new Locale("da")));
        assertThrows(RuleViolation.class, () -> new FundingRound(fund, "x", 2024, Money.dkk("-1")));
    }

    @Test
    void aProjectsRoundBelongsToItsFund() {
        Fund other = TestIds.withId(new Fund(region, "En anden pulje", "Anden"), 2L);
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> new Project(other, round, "Titel", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED));
        assertEquals("project.roundOfOtherFund", e.key());
    }

    @Test
    void aProjectNeedsATitle() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> new Project(fund, round, "  ", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED));
        assertEquals("Projektets titel skal udfyldes.", e.messageIn(new Locale("da")));
        assertEquals("The project's title must be filled in.", e.messageIn(Locale.ENGLISH));
        assertEquals("Lær med AI", new Project(fund, round, "  Lær med AI ", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED).getTitle());
    }

    @Test
    void theLifecycleAllowsOnlyItsOwnSteps() {
        Project project = new Project(fund, round, "X", ProjectType.DEVELOPMENT, ProjectStatus.APPLICATION_RECEIVED);
        RuleViolation skipped = assertThrows(RuleViolation.class, () -> project.moveTo(ProjectStatus.ACTIVE));
        assertEquals("Et projekt med status \"Ansøgning modtaget\" kan ikke gå direkte til \"I gang\".", skipped.messageIn(new Locale("da")));
        project.moveTo(ProjectStatus.UNDER_REVIEW);
        project.moveTo(ProjectStatus.GRANTED);
        project.moveTo(ProjectStatus.ACTIVE);
        project.moveTo(ProjectStatus.FINAL_REPORT_DUE);
        for (ProjectStatus end : List.of(ProjectStatus.CLOSED, ProjectStatus.WITHDRAWN)) {
            RuleViolation ownStep = assertThrows(RuleViolation.class, () -> project.moveTo(end));
            assertEquals("project.statusNeedsItsStep", ownStep.key(), "only close/withdraw end a project: " + end);
        }
        assertEquals(ProjectStatus.FINAL_REPORT_DUE, project.getStatus());
        project.moveTo(ProjectStatus.ACTIVE); // the final report was returned
        project.moveTo(ProjectStatus.FINAL_REPORT_DUE);
        project.withdraw("Projektet er opgivet");
        assertTrue(project.getStatus().isFinal());
        assertThrows(RuleViolation.class, () -> project.moveTo(ProjectStatus.ACTIVE), "a withdrawn project stays withdrawn");
    }

    /** "Closed, rejected and withdrawn projects take no more changes of money" (ProjectStatus.isFinal), kept by the project. */
    @Test
    void aFinalProjectKeepsItsMoneyAsItWas() {
        for (ProjectStatus end : new ProjectStatus[] {ProjectStatus.CLOSED, ProjectStatus.REJECTED, ProjectStatus.WITHDRAWN}) {
            Project project = new Project(fund, round, "X", ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW);
            project.budgetTotal(Money.dkk("500000"));
            BudgetLine line = project.addBudgetLine(BudgetCategory.ACTIVITIES, 2025, Money.dkk("1000"), null);
            FinancingLine financing = project.addFinancing(FinancingKind.OWN_CASH, region, Money.dkk("1000"), null);
            walkTo(project, end);

            assertEquals("project.moneyFinal", assertThrows(RuleViolation.class,
                    () -> project.budgetTotal(Money.dkk("600000"))).key(), end.name());
            assertThrows(RuleViolation.class, () -> project.budgetTotal(null), end.name());
            assertThrows(RuleViolation.class, () -> project.addBudgetLine(BudgetCategory.ACTIVITIES, 2025, Money.dkk("1"), null), end.name());
            assertThrows(RuleViolation.class, () -> project.removeBudgetLine(line), end.name());
            assertThrows(RuleViolation.class, () -> project.addFinancing(FinancingKind.OWN_CASH, region, Money.dkk("1"), null), end.name());
            assertThrows(RuleViolation.class, () -> project.removeFinancing(financing), end.name());
            assertEquals(Money.dkk("500000"), project.getTotalSum());
            assertEquals(1, project.getBudgetLines().size());
            assertEquals(1, project.getFinancingLines().size());

            project.budgetTotal(Money.dkk("500000.00")); // the same total again is no change: editing the title still saves
            project.rename("Y");
            assertEquals("Y", project.getTitle());
        }
    }

    private static void walkTo(Project project, ProjectStatus end) {
        switch (end) {
            case REJECTED -> project.reject("Uden for puljens formål");
            case WITHDRAWN -> project.withdraw("Projektlederen er fratrådt");
            default -> {
                // Closing takes a settled grant and an approved final report (ClosingCheck).
                LocalDate day = LocalDate.of(2025, 6, 1);
                dk.pulje.domain.model.grant.Grant grant = new dk.pulje.domain.model.grant.Grant(project, null, Money.dkk("1000"));
                grant.decide(Money.dkk("1000"), day, null, null);
                project.moveTo(ProjectStatus.GRANTED);
                project.moveTo(ProjectStatus.ACTIVE);
                project.moveTo(ProjectStatus.FINAL_REPORT_DUE);
                grant.recordPayment(grant.planPayment(day, Money.dkk("1000"), null), day, Money.dkk("1000"));
                ReportObligation report = project.requireReport(ReportType.FINAL, day);
                report.submit(day);
                report.approve(day, null);
                project.close(grant);
            }
        }
    }

    @Test
    void everyOpenStatusCanBeWithdrawnAndNoFinalOneCan() {
        for (ProjectStatus status : ProjectStatus.values()) {
            assertEquals(!status.isFinal(), status.canMoveTo(ProjectStatus.WITHDRAWN), status.name());
        }
    }

    @Test
    void onlyAMaturationProjectLeadsToAFollowUp() {
        Project development = project();
        Project next = TestIds.withId(project(), 7L);
        assertEquals("project.followUpOnlyForMaturation",
                assertThrows(RuleViolation.class, () -> development.leadsTo(next)).key());
        Project maturation = TestIds.withId(new Project(fund, null, "Modning", ProjectType.MATURATION, ProjectStatus.GRANTED), 8L);
        assertEquals("project.followUpSelf", assertThrows(RuleViolation.class, () -> maturation.leadsTo(maturation)).key());
        maturation.leadsTo(next);
        assertEquals(next, maturation.getFollowUp());
    }

    @Test
    void anOrganisationIsInAProjectOnceARoleAndNeverBesidesOwningIt() {
        Project project = project();
        Organisation owner = TestIds.withId(new Organisation("Aarhus Kommunes Biblioteker", OrganisationType.LIBRARY, "Aarhus"), 20L);
        Organisation ballerup = TestIds.withId(new Organisation("Ballerup Bibliotekerne", OrganisationType.LIBRARY, "Ballerup"), 21L);
        project.assignOwner(owner);
        assertEquals("project.ownerIsNotPartner",
                assertThrows(RuleViolation.class, () -> project.addPartner(owner, PartnerRole.PARTICIPANT)).key());
        project.addPartner(ballerup, PartnerRole.STEERING_GROUP);
        RuleViolation twice = assertThrows(RuleViolation.class, () -> project.addPartner(ballerup, PartnerRole.STEERING_GROUP));
        assertEquals("Ballerup Bibliotekerne er allerede med i projektet som medlem af styregruppen.", twice.messageIn(new Locale("da")));
        project.addPartner(ballerup, PartnerRole.TEST_SITE);
        assertEquals(2, project.getPartners().size());
    }

    @Test
    void financingShowsAGapOrASurplusAgainstTheTotal() {
        Project project = project();
        project.budgetTotal(Money.dkk("1000000"));
        project.addBudgetLine(BudgetCategory.SALARIES, 2024, Money.dkk("600000"), null);
        project.addBudgetLine(BudgetCategory.ACTIVITIES, 2025, Money.dkk("300000"), null);
        project.addFinancing(FinancingKind.THIS_GRANT, null, Money.dkk("700000"), null);
        project.addFinancing(FinancingKind.OWN_HOURS, null, Money.dkk("200000"), null);
        FinancingSummary summary = project.financing();
        assertEquals(Money.dkk("900000"), summary.budget());
        assertEquals(Money.dkk("100000"), summary.budgetGap(), "budget lines are 100.000 kr. short of the total");
        assertEquals(Money.dkk("100000"), summary.financingGap(), "100.000 kr. of the financing is missing");
        assertFalse(summary.balanced());

        project.addFinancing(FinancingKind.PARTNER_CONTRIBUTION, null, Money.dkk("150000"), null);
        FinancingSummary surplus = project.financing();
        assertEquals(Money.dkk("-50000"), surplus.financingGap(), "a surplus is a negative gap, shown not hidden");
        assertEquals(Money.dkk("350000"), surplus.ownFinancing().sum());
        assertEquals(new BigDecimal("0.3500"), surplus.ownShare());
    }

    @Test
    void unknownFinancingAmountsAreCountedNotZeroed() {
        Project project = project();
        project.addFinancing(FinancingKind.OWN_CASH, null, null, "not stated");
        project.addFinancing(FinancingKind.THIS_GRANT, null, null, null);
        FinancingSummary summary = project.financing();
        assertEquals(2, summary.financing().unknown());
        assertNull(summary.financingGap(), "no total, no gap");
        assertEquals(OwnFinancingCheck.NOT_REQUIRED, summary.ownFinancingCheck(), "the fund has no rule");
    }

    @Test
    void theFundsOwnFinancingRuleIsJudgedOnTheProject() {
        fund.requireOwnFinancing(new OwnFinancingRule(new BigDecimal("0.25"), Money.dkk("100000")));
        Project project = project();
        project.budgetTotal(Money.dkk("400000"));
        project.addFinancing(FinancingKind.THIS_GRANT, null, Money.dkk("320000"), null);
        project.addFinancing(FinancingKind.OWN_CASH, null, Money.dkk("80000"), null);
        assertEquals(OwnFinancingCheck.NOT_MET, project.financing().ownFinancingCheck(), "20 % is below 25 %");
    }

    @Test
    void theGrantsSubPoolRuleTakesPrecedenceOverTheFundsAndShowsItsMargin() {
        fund.requireOwnFinancing(new OwnFinancingRule(new BigDecimal("0.50"), null));
        dk.pulje.domain.model.fund.SubPool open = round.addSubPool("Åben pulje", dk.pulje.domain.model.fund.SubPoolKind.OPEN,
                new BigDecimal("0.20"), List.of());
        open.requireCofinancing(new OwnFinancingRule(new BigDecimal("0.25"), null, Money.dkk("1125"), "vilkår 2017"));
        Project project = project();
        project.budgetTotal(Money.dkk("689000"));
        new dk.pulje.domain.model.grant.Grant(project, open, null).decide(Money.dkk("517000"), null, null, null);

        FinancingSummary summary = project.financing();
        assertEquals(new BigDecimal("0.25"), summary.rule().minimumShare(), "the sub-pool's 25 %, not the fund's 50 %");
        assertEquals(OwnFinancingCheck.WITHIN_TOLERANCE, summary.ruleMargin().outcome());
        assertEquals(0, new BigDecimal("-250").compareTo(summary.ruleMargin().margin()));
    }

    @Test
    void aSubPoolWithoutARuleLeavesTheFundsRule() {
        fund.requireOwnFinancing(new OwnFinancingRule(new BigDecimal("0.50"), null));
        dk.pulje.domain.model.fund.SubPool theme = round.addSubPool("Temapulje", dk.pulje.domain.model.fund.SubPoolKind.THEME,
                new BigDecimal("0.80"), List.of());
        Project project = project();
        project.budgetTotal(Money.dkk("400000"));
        new dk.pulje.domain.model.grant.Grant(project, theme, null).decide(Money.dkk("200000"), null, null, null);
        assertEquals(new BigDecimal("0.50"), project.financing().rule().minimumShare());
        assertEquals(OwnFinancingCheck.MET, project.financing().ruleMargin().outcome(), "exactly half, no tolerance");
    }

    @Test
    void budgetLinesRefuseNegativeAmountsAndImpossibleYears() {
        Project project = project();
        assertEquals("money.negative", assertThrows(RuleViolation.class,
                () -> project.addBudgetLine(BudgetCategory.TRAVEL, 2024, Money.dkk("-5"), null)).key());
        assertEquals("budget.yearOutOfRange", assertThrows(RuleViolation.class,
                () -> project.addBudgetLine(BudgetCategory.TRAVEL, 24, Money.dkk("5"), null)).key());
        assertEquals("field.required", assertThrows(RuleViolation.class,
                () -> project.addBudgetLine(BudgetCategory.TRAVEL, 2024, null, null)).key());
    }

    private Project project() {
        return new Project(fund, round, "Grønne Rollemodeller", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
    }
}

package dk.pulje.it.fund;

import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewFund;
import dk.pulje.application.fund.NewRound;
import dk.pulje.application.fund.NewSubPool;
import dk.pulje.application.fund.RoundDetail;
import dk.pulje.application.fund.RoundFigures;
import dk.pulje.application.fund.SubPoolFigures;
import dk.pulje.application.fund.ChangeRound;
import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A round's live figures, summed in the database from applications, grants and payments this test makes; and the
 * envelope: a grant past it warns, is refused without a confirmation and allowed with one.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class RoundFiguresIT {

    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 1);
    private static final Money ENVELOPE = Money.dkk("1000000");

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(RoundFiguresIT.class, TestData.class);
    }

    @Inject
    FundService funds;

    @Inject
    ProjectService projects;

    @Inject
    GrantService grants;

    @Inject
    ProjectDetailService details;

    @Inject
    OrganisationService organisations;

    private final java.util.Map<Long, Long> projectOfGrant = new java.util.HashMap<>();

    @Test
    void theRoundShowsEnvelopeAppliedGrantedPaidLeftAndEachSubPoolsTargetAgainstWhatItGot() {
        Round round = newRound();
        Money appliedA = Money.dkk("500000");
        Money grantedA = Money.dkk("400000");
        Money appliedB = Money.dkk("300000");
        Money grantedB = Money.dkk("250000.50");
        Money paidA = Money.dkk("100000");

        long grantA = application(round, round.themePool, appliedA);
        decide(grantA, grantedA, false);
        long planned = grants.planPayment(grantA, grantVersion(grantA), DECIDED, paidA, null);
        grants.recordPayment(grantA, grantVersion(grantA), planned, DECIDED.plusDays(10), paidA);
        grants.planPayment(grantA, grantVersion(grantA), DECIDED.plusMonths(6), Money.dkk("50000"), null); // planned, not paid
        long grantB = application(round, round.openPool, appliedB);
        decide(grantB, grantedB, false);
        application(round, null, null); // applied amount unknown, not decided

        RoundDetail detail = funds.round(round.id).orElseThrow();
        RoundFigures figures = detail.figures();
        Money grantedTotal = grantedA.plus(grantedB);
        assertEquals(ENVELOPE, figures.envelope());
        assertEquals(3, figures.applications());
        assertEquals(appliedA.plus(appliedB), figures.applied().sum());
        assertEquals(1, figures.applied().unknown(), "the application without an amount is counted as unknown");
        assertEquals(grantedTotal, figures.granted().sum());
        assertEquals(0, figures.granted().unknown(), "an undecided application is no unknown grant");
        assertEquals(paidA, figures.paid());
        assertEquals(ENVELOPE.minus(grantedTotal), figures.left());
        assertFalse(figures.overEnvelope());

        SubPoolFigures theme = detail.subPools().get(0);
        SubPoolFigures open = detail.subPools().get(1);
        assertEquals(List.of("Temapulje", "Åben pulje"), List.of(theme.name(), open.name()));
        assertEquals(grantedA, theme.granted());
        assertEquals(grantedB, open.granted());
        assertEquals(1, theme.grants());
        assertEquals(share(grantedA, grantedTotal), theme.actualShare());
        assertEquals(share(grantedB, grantedTotal), open.actualShare());
        assertEquals(Money.dkk(ENVELOPE.amount().multiply(new BigDecimal("0.60"))), theme.targetAmount());
        assertTrue(theme.actualShare().compareTo(new BigDecimal("0.60")) > 0);
        assertFalse(theme.belowTarget());
        assertTrue(open.belowTarget(), "the open pool got less than its 40 %");
    }

    @Test
    void aGrantPastTheEnvelopeWarnsIsRefusedWithoutConfirmationAndAllowedWithIt() {
        Round round = newRound();
        long first = application(round, round.themePool, null);
        decide(first, Money.dkk("700000"), false);
        long second = application(round, round.openPool, null);

        assertEquals(Optional.empty(), grants.envelopeExcess(second, Money.dkk("300000")), "up to the envelope fits");
        assertEquals(Optional.of(Money.dkk("50000")), grants.envelopeExcess(second, Money.dkk("350000")));

        RuleViolation refused = assertThrows(RuleViolation.class, () -> decide(second, Money.dkk("350000"), false));
        assertEquals("round.envelopeExceeded", refused.key());
        assertEquals("The grant of DKK 350,000 takes the round past its envelope of DKK 1,000,000 by DKK 50,000. "
                + "To give the grant anyway, confirm that the envelope may be exceeded.", refused.messageIn(Locale.ENGLISH));
        assertTrue(refused.messageIn(new Locale("da")).startsWith("Bevillingen på 350.000 kr. får runden til at overskride"),
                refused.messageIn(new Locale("da")));
        assertNull(grants(second).granted(), "nothing was decided");
        assertEquals(0, grantVersion(second));

        decide(second, Money.dkk("350000"), true);
        RoundFigures figures = funds.round(round.id).orElseThrow().figures();
        assertEquals(Money.dkk("-50000"), figures.left());
        assertTrue(figures.overEnvelope());

        // A raise in a round past its envelope needs the confirmation again; a cut does not.
        RuleViolation raise = assertThrows(RuleViolation.class, () -> grants.amend(new AmendGrant(first, grantVersion(first),
                DECIDED.plusMonths(1), "Flere deltagere", Money.dkk("710000"), null, null)));
        assertEquals("round.envelopeExceeded", raise.key());
        assertEquals(Money.dkk("700000"), grants(first).granted());
        grants.amend(new AmendGrant(first, grantVersion(first), DECIDED.plusMonths(1), "Flere deltagere",
                Money.dkk("710000"), null, null, true));
        grants.amend(new AmendGrant(second, grantVersion(second), DECIDED.plusMonths(1), "Færre aktiviteter",
                Money.dkk("340000"), null, null));
        assertEquals(Money.dkk("-50000"), funds.round(round.id).orElseThrow().figures().left());
    }

    @Test
    void loweringTheEnvelopeBelowWhatIsGrantedWarnsAndNeedsAConfirmation() {
        Round round = newRound();
        decide(application(round, round.themePool, null), Money.dkk("600000"), false);
        RoundDetail before = funds.round(round.id).orElseThrow();

        // Lowered, still above Σ granted: no question asked.
        funds.changeRound(new ChangeRound(round.id, before.version(), before.name(), 2026, Money.dkk("800000"), null, null));
        RoundDetail lowered = funds.round(round.id).orElseThrow();
        assertEquals(Money.dkk("800000"), lowered.envelope());

        RuleViolation refused = assertThrows(RuleViolation.class, () -> funds.changeRound(new ChangeRound(round.id,
                lowered.version(), lowered.name(), 2026, Money.dkk("500000"), null, null)));
        assertEquals("round.envelopeBelowGranted", refused.key());
        assertEquals("Rammen på 500.000 kr. er lavere end de 600.000 kr., runden allerede har bevilget (100.000 kr. for lidt). "
                + "Bevillingerne står ved magt; bekræft, at rammen skal sættes ned alligevel.", refused.messageIn(new Locale("da")));
        assertEquals(Money.dkk("800000"), funds.round(round.id).orElseThrow().envelope(), "nothing was saved");

        funds.changeRound(new ChangeRound(round.id, lowered.version(), lowered.name(), 2026, Money.dkk("500000"),
                null, null, true));
        RoundDetail confirmed = funds.round(round.id).orElseThrow();
        assertEquals(Money.dkk("500000"), confirmed.envelope());
        assertTrue(confirmed.figures().overEnvelope());

        // Already past its envelope: renaming the round, or raising the envelope a little, asks nothing.
        funds.changeRound(new ChangeRound(round.id, confirmed.version(), "Runde 2026 (ny)", 2026, Money.dkk("550000"), null, null));
        assertEquals("Runde 2026 (ny)", funds.round(round.id).orElseThrow().name());
    }

    @Test
    void aRoundWithoutAnEnvelopeHasNothingToExceedAndNothingLeft() {
        long funder = TestData.library(organisations, TestData.unique("Fonden"));
        long fundId = funds.create(new NewFund(funder, TestData.unique("Puljen"), "P", null, null));
        long roundId = funds.addRound(new NewRound(fundId, "Uden ramme", 2026, null, null, null));
        long grant = application(new Round(fundId, roundId, 0, 0), null, Money.dkk("1000"));
        assertEquals(Optional.empty(), grants.envelopeExcess(grant, Money.dkkMillions("900")));
        decide(grant, Money.dkk("1000"), false);
        RoundFigures figures = funds.round(roundId).orElseThrow().figures();
        assertNull(figures.left());
        assertEquals(Money.dkk("1000"), figures.granted().sum());
    }

    private record Round(long fundId, long id, long themePool, long openPool) {
    }

    /** A new fund with a round of 1.000.000 kr.: a theme pool with a 60 % target, an open pool with 40 %. */
    private Round newRound() {
        long funder = TestData.library(organisations, TestData.unique("Fonden"));
        long fundId = funds.create(new NewFund(funder, TestData.unique("Puljen"), "P", null, null));
        long roundId = funds.addRound(new NewRound(fundId, "Runde 2026", 2026, ENVELOPE, null, null));
        long themePool = funds.addSubPool(new NewSubPool(roundId, 0, "Temapulje", SubPoolKind.THEME,
                new BigDecimal("0.60"), List.of("Grøn omstilling")));
        long openPool = funds.addSubPool(new NewSubPool(roundId, funds.round(roundId).orElseThrow().version(),
                "Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.40"), List.of()));
        return new Round(fundId, roundId, themePool, openPool);
    }

    /** A project of 1.000.000 kr. in the round, and its application; returns the grant's id. */
    private long application(Round round, Long subPoolId, Money applied) {
        long projectId = projects.create(new NewProject(round.fundId, round.id, TestData.unique("Ansøgning"),
                ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW, null, LocalDate.of(2026, 8, 1),
                LocalDate.of(2027, 7, 31), "Aarhus", Money.dkk("1000000")));
        long grantId = grants.registerApplication(projectId, subPoolId, applied);
        projectOfGrant.put(grantId, projectId);
        return grantId;
    }

    private void decide(long grantId, Money amount, boolean confirmed) {
        grants.decide(new DecideGrant(grantId, grantVersion(grantId), amount, DECIDED, null, null, confirmed));
    }

    private dk.pulje.application.project.ProjectDetail.GrantView grants(long grantId) {
        return details.detail(projectOf(grantId)).orElseThrow().grant();
    }

    private long grantVersion(long grantId) {
        return grants(grantId).version();
    }

    private long projectOf(long grantId) {
        return projectOfGrant.get(grantId);
    }

    private static BigDecimal share(Money part, Money whole) {
        return part.amount().divide(whole.amount(), 4, RoundingMode.HALF_UP);
    }
}

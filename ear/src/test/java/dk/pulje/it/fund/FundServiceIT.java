package dk.pulje.it.fund;

import dk.pulje.application.fund.ChangeFund;
import dk.pulje.application.fund.ChangeRound;
import dk.pulje.application.fund.ChangeSubPool;
import dk.pulje.application.fund.FundDetail;
import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewFund;
import dk.pulje.application.fund.NewRound;
import dk.pulje.application.fund.NewSubPool;
import dk.pulje.application.fund.RoundDetail;
import dk.pulje.application.fund.SubPoolFigures;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Funds, rounds and sub-pools through FundService: each command, its rules, the scope and concurrent editors. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class FundServiceIT {

    private static final Locale DA = new Locale("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(FundServiceIT.class, TestData.class);
    }

    @Inject
    FundService funds;

    @Inject
    OrganisationService organisations;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void anAdministratorWhoCreatesAFundAdministersItAtOnce() {
        long funder = TestData.library(organisations, TestData.unique("Styrelsen"));
        String name = TestData.unique("Udviklingspuljen");
        long fundId = funds.create(new NewFund(funder, name, "UP", new BigDecimal("0.25"), Money.dkk("100000")));

        // In the same request: the caller's scope, already read, now includes the new fund.
        FundDetail fund = funds.fund(fundId).orElseThrow();
        assertEquals(name, fund.name());
        assertEquals(new BigDecimal("0.2500"), fund.ownFinancingMinimumShare());
        assertEquals(Money.dkk("100000"), fund.ownFinancingThreshold());
        assertTrue(funds.administeredFunds().stream().anyMatch(f -> f.id() == fundId && f.rounds() == 0));
        assertEquals(1L, ((Number) em.createNativeQuery("""
                select count(*) from user_fund uf join user_account u on u.id = uf.user_id
                where u.username = 'admin' and uf.fund_id = ?1 and uf.role = 'FUND_ADMIN'""").setParameter(1, fundId).getSingleResult()).longValue());

        long otherFunder = TestData.library(organisations, TestData.unique("Regionen"));
        funds.change(new ChangeFund(fundId, fund.version(), otherFunder, name + " II", "UP2", null, null));
        FundDetail changed = funds.fund(fundId).orElseThrow();
        assertEquals(otherFunder, changed.funderId());
        assertEquals("UP2", changed.shortName());
        assertNull(changed.ownFinancingMinimumShare(), "the rule was dropped");
    }

    @Test
    void aFunderNamesEachFundOnceAndARuleNeedsItsShare() {
        long funder = TestData.library(organisations, TestData.unique("Fonden"));
        String name = TestData.unique("Puljen");
        funds.create(new NewFund(funder, name, "P", null, null));
        RuleViolation taken = assertThrows(RuleViolation.class,
                () -> funds.create(new NewFund(funder, name.toUpperCase(Locale.ROOT), "P", null, null)));
        assertEquals("fund.nameTaken", taken.key());
        assertTrue(taken.messageIn(DA).endsWith("har allerede en pulje, der hedder " + name + "."), taken.messageIn(DA));
        RuleViolation threshold = assertThrows(RuleViolation.class,
                () -> funds.create(new NewFund(funder, TestData.unique("Puljen"), "P", null, Money.dkk("100000"))));
        assertEquals("En beløbsgrænse for egenfinansiering (100.000 kr.) kræver en mindsteandel. "
                + "Angiv andelen, eller fjern beløbsgrænsen.", threshold.messageIn(DA));
        assertEquals("share.outOfRange", assertThrows(RuleViolation.class, () -> funds.create(
                new NewFund(funder, TestData.unique("Puljen"), "P", new BigDecimal("1.5"), null))).key());
    }

    @Test
    void roundsAndSubPoolsAreSetUpAndChangedWithTheirRules() {
        long fundId = newFund();
        long roundId = funds.addRound(new NewRound(fundId, "Runde 2026", 2026, Money.dkkMillions("19.9"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)));
        assertEquals("round.nameTaken", assertThrows(RuleViolation.class, () -> funds.addRound(
                new NewRound(fundId, "runde 2026", 2026, null, null, null))).key());
        assertEquals("round.decisionBeforeDeadline", assertThrows(RuleViolation.class, () -> funds.addRound(
                new NewRound(fundId, "Runde 2027", 2027, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))).key());

        RoundDetail round = funds.round(roundId).orElseThrow();
        long themePool = funds.addSubPool(new NewSubPool(roundId, round.version(), "Temapulje", SubPoolKind.THEME,
                new BigDecimal("0.80"), List.of("Grøn omstilling", "AI", "ai ")));
        round = funds.round(roundId).orElseThrow();
        long roundVersion = round.version();
        RuleViolation tooMuch = assertThrows(RuleViolation.class, () -> funds.addSubPool(new NewSubPool(roundId,
                roundVersion, "Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.30"), List.of())));
        assertEquals("subPool.targetsExceedWhole", tooMuch.key());
        long openPool = funds.addSubPool(new NewSubPool(roundId, roundVersion, "Åben pulje", SubPoolKind.OPEN,
                new BigDecimal("0.20"), List.of()));

        round = funds.round(roundId).orElseThrow();
        assertEquals(List.of("Temapulje", "Åben pulje"), round.subPools().stream().map(SubPoolFigures::name).toList());
        SubPoolFigures theme = round.subPools().get(0);
        assertEquals(themePool, theme.id());
        assertEquals(List.of("AI", "Grøn omstilling"), theme.themes(), "one theme AI, whatever the case typed");
        assertEquals(Money.dkk("15920000.00"), theme.targetAmount(), "80 % of 19,9 mio. kr.");

        // A theme name already known is reused, not duplicated.
        long themesBefore = em.createQuery("select count(t) from Theme t where lower(t.name) = 'ai'", Long.class).getSingleResult();
        assertEquals(1L, themesBefore);
        funds.changeSubPool(new ChangeSubPool(roundId, round.version(), themePool, "Temapulje AI", SubPoolKind.THEME,
                new BigDecimal("0.75"), List.of("AI")));
        round = funds.round(roundId).orElseThrow();
        assertEquals(List.of("AI"), round.subPools().get(0).themes());
        assertEquals(new BigDecimal("0.7500"), round.subPools().get(0).targetShare());
        long afterChange = round.version();
        assertEquals("subPool.openWithThemes", assertThrows(RuleViolation.class, () -> funds.changeSubPool(new ChangeSubPool(
                roundId, afterChange, openPool, "Åben pulje", SubPoolKind.OPEN, null, List.of("AI")))).key());

        funds.changeRound(new ChangeRound(roundId, afterChange, "Runde 2026 (forlænget)", 2026, Money.dkkMillions("21"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 1)));
        RoundDetail changed = funds.round(roundId).orElseThrow();
        assertEquals("Runde 2026 (forlænget)", changed.name());
        assertEquals(Money.dkkMillions("21"), changed.envelope());
        assertEquals(LocalDate.of(2026, 4, 1), changed.applicationDeadline());
        assertEquals(1, funds.fund(fundId).orElseThrow().rounds().size());
    }

    @Test
    void aStaleVersionIsAConcurrentChangeNamingWhoSavedAndNothingIsWritten() {
        long fundId = newFund();
        long funder = funds.fund(fundId).orElseThrow().funderId();
        String name = funds.fund(fundId).orElseThrow().name();
        funds.change(new ChangeFund(fundId, 0, funder, name, "Først", null, null));
        ConcurrentChange conflict = assertThrows(ConcurrentChange.class,
                () -> funds.change(new ChangeFund(fundId, 0, funder, name, "Sidst", null, null)));
        assertEquals("admin", conflict.changedBy(), "the audit trail names who saved first");
        assertTrue(conflict.messageIn(DA).startsWith("Puljen er blevet ændret af admin "), conflict.messageIn(DA));
        assertEquals("Først", funds.fund(fundId).orElseThrow().shortName());

        long roundId = funds.addRound(new NewRound(fundId, "Runde", 2026, Money.dkk("1000000"), null, null));
        funds.changeRound(new ChangeRound(roundId, 0, "Runde A", 2026, Money.dkk("1000000"), null, null));
        assertThrows(ConcurrentChange.class,
                () -> funds.changeRound(new ChangeRound(roundId, 0, "Runde B", 2026, Money.dkk("2000000"), null, null)));
        long seen = funds.round(roundId).orElseThrow().version();
        // A sub-pool added by one editor changes the round that another still has open.
        funds.addSubPool(new NewSubPool(roundId, seen, "Temapulje", SubPoolKind.THEME, new BigDecimal("0.5"), List.of()));
        assertThrows(ConcurrentChange.class, () -> funds.addSubPool(
                new NewSubPool(roundId, seen, "Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.5"), List.of())));
        RoundDetail after = funds.round(roundId).orElseThrow();
        assertEquals("Runde A", after.name());
        assertEquals(Money.dkk("1000000"), after.envelope());
        assertEquals(1, after.subPools().size());
    }

    @Test
    void aFundRoundOrSubPoolOutsideTheCallersFundsIsNotFound() throws Exception {
        long[] foreign = fundNotAdministeredByAdmin();
        long fundId = foreign[0];
        long roundId = foreign[1];
        long subPoolId = foreign[2];
        long funder = foreign[3];

        assertTrue(funds.fund(fundId).isEmpty());
        assertTrue(funds.round(roundId).isEmpty());
        assertTrue(funds.administeredFunds().stream().noneMatch(f -> f.id() == fundId));
        RuleViolation fund = assertThrows(RuleViolation.class,
                () -> funds.change(new ChangeFund(fundId, 0, funder, "Overtaget", "X", null, null)));
        assertEquals(notFound("subject.fund", fundId), describe(fund));
        assertEquals(notFound("subject.fund", fundId), describe(assertThrows(RuleViolation.class,
                () -> funds.addRound(new NewRound(fundId, "Min runde", 2026, null, null, null)))));
        assertEquals(notFound("subject.round", roundId), describe(assertThrows(RuleViolation.class,
                () -> funds.changeRound(new ChangeRound(roundId, 0, "Min runde", 2026, null, null, null)))));
        assertEquals(notFound("subject.round", roundId), describe(assertThrows(RuleViolation.class,
                () -> funds.addSubPool(new NewSubPool(roundId, 0, "Min delpulje", SubPoolKind.OPEN, null, List.of())))));
        assertEquals(notFound("subject.round", roundId), describe(assertThrows(RuleViolation.class,
                () -> funds.changeSubPool(new ChangeSubPool(roundId, 0, subPoolId, "Min", SubPoolKind.OPEN, null, List.of())))));
        // An id that does not exist gets the same answer.
        assertEquals(notFound("subject.fund", Long.MAX_VALUE), describe(assertThrows(RuleViolation.class,
                () -> funds.change(new ChangeFund(Long.MAX_VALUE, 0, funder, "X", "X", null, null)))));
        assertEquals(notFound("subject.round", Long.MAX_VALUE), describe(assertThrows(RuleViolation.class,
                () -> funds.changeRound(new ChangeRound(Long.MAX_VALUE, 0, "X", null, null, null, null)))));
        // A sub-pool of another round, addressed through a round the caller administers, is not found either.
        long ownRound = funds.addRound(new NewRound(newFund(), "Egen runde", 2026, null, null, null));
        assertEquals(notFound("subject.subPool", subPoolId), describe(assertThrows(RuleViolation.class,
                () -> funds.changeSubPool(new ChangeSubPool(ownRound, 0, subPoolId, "Min", SubPoolKind.OPEN, null, List.of())))));

        Fund untouched = em.find(Fund.class, fundId);
        assertEquals(0, untouched.getVersion());
        assertEquals(0, em.find(FundingRound.class, roundId).getVersion());
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffGetNoneOfIt() {
        assertThrows(EJBAccessException.class, () -> funds.administeredFunds());
        assertThrows(EJBAccessException.class, () -> funds.round(1));
        assertThrows(EJBAccessException.class, () -> funds.create(new NewFund(1L, "Regionens pulje", "RP", null, null)));
        assertThrows(EJBAccessException.class, () -> funds.addRound(new NewRound(1, "Runde", 2026, null, null, null)));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void applicantsGetNoneOfIt() {
        assertThrows(EJBAccessException.class, () -> funds.fund(1));
        assertThrows(EJBAccessException.class, () -> funds.create(new NewFund(1L, "Bibliotekets pulje", "BP", null, null)));
        assertThrows(EJBAccessException.class, () -> funds.changeSubPool(
                new ChangeSubPool(1, 0, 1, "Temapulje", SubPoolKind.THEME, null, List.of())));
    }

    private long newFund() {
        long funder = TestData.library(organisations, TestData.unique("Bevillingsgiver"));
        return funds.create(new NewFund(funder, TestData.unique("Puljen"), "P", null, null));
    }

    /** A fund with a round and a sub-pool that nobody administers: made straight in the database. */
    private long[] fundNotAdministeredByAdmin() throws Exception {
        transaction.begin();
        try {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            FundingRound round = new FundingRound(fund, "Fremmed runde", 2026, Money.dkk("1000000"));
            em.persist(round);
            em.persist(round.addSubPool("Fremmed delpulje", SubPoolKind.OPEN, null, List.of()));
            em.flush();
            long[] ids = {fund.getId(), round.getId(), round.getSubPools().get(0).getId(), funder.getId()};
            transaction.commit();
            return ids;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private static String notFound(String subject, long id) {
        return "entity.notFound " + subject + " " + id;
    }

    private static String describe(RuleViolation e) {
        Object[] arguments = e.arguments();
        return e.key() + " " + arguments[0] + " " + arguments[1];
    }
}

package dk.pulje.it.fund;

import dk.pulje.application.fund.ChangeFund;
import dk.pulje.application.fund.ChangeSubPool;
import dk.pulje.application.fund.FundDetail;
import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewFund;
import dk.pulje.application.fund.NewRound;
import dk.pulje.application.fund.NewSubPool;
import dk.pulje.application.fund.RoundDetail;
import dk.pulje.application.fund.SubPoolFigures;
import dk.pulje.application.fund.SubPoolRule;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-financing rules as administrators edit them (issue 11): the fund's tolerance and source, a sub-pool's own rule
 * (share, threshold, tolerance, source) or none (the fund's applies), each change versioned with the round and
 * audited with the sub-pool.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class CofinancingRuleEditIT {

    private static final String SOURCE = "Region Midtjyllands vilkår for den åbne pulje, 2017";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(CofinancingRuleEditIT.class, TestData.class);
    }

    @Inject
    FundService funds;

    @Inject
    OrganisationService organisations;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Test
    void theFundsRuleCarriesItsToleranceAndSource() {
        long funder = TestData.library(organisations, TestData.unique("Regionen"));
        String name = TestData.unique("Uddannelsespuljen");
        long fundId = funds.create(new NewFund(funder, name, "UP", new BigDecimal("0.25"), null, Money.dkk("1125"), SOURCE));
        FundDetail fund = funds.fund(fundId).orElseThrow();
        assertEquals(Money.dkk("1125"), fund.ownFinancingTolerance());
        assertEquals(SOURCE, fund.ownFinancingSource());

        funds.change(new ChangeFund(fundId, fund.version(), funder, name, "UP", new BigDecimal("0.30"), Money.dkk("100000"),
                null, "  Vilkår 2025  "));
        FundDetail changed = funds.fund(fundId).orElseThrow();
        assertEquals(0, new BigDecimal("0.30").compareTo(changed.ownFinancingMinimumShare()));
        assertNull(changed.ownFinancingTolerance(), "no tolerance stated");
        assertEquals("Vilkår 2025", changed.ownFinancingSource());
        assertEquals(fund.version() + 1, changed.version());
        assertEquals("cofinancing.ruleWithoutShare", assertThrows(RuleViolation.class, () -> funds.change(
                new ChangeFund(fundId, changed.version(), funder, name, "UP", null, null, Money.dkk("500"), null))).key());
        assertEquals("cofinancing.ruleWithoutShare", assertThrows(RuleViolation.class, () -> funds.create(
                new NewFund(funder, TestData.unique("Puljen"), "P", null, null, null, "Kilde uden krav"))).key());
    }

    @Test
    void aSubPoolsOwnRuleTakesPrecedenceAndRemovingItLeavesTheFunds() {
        long funder = TestData.library(organisations, TestData.unique("Regionen"));
        long fundId = funds.create(new NewFund(funder, TestData.unique("Puljen"), "P", new BigDecimal("0.50"), null));
        long roundId = funds.addRound(new NewRound(fundId, "Runde 2024", 2024, Money.dkkMillions("19.9"), null, null));
        RoundDetail round = funds.round(roundId).orElseThrow();
        SubPoolRule openRule = new SubPoolRule(new BigDecimal("0.25"), null, Money.dkk("1125"), SOURCE);
        long open = funds.addSubPool(new NewSubPool(roundId, round.version(), "Åben pulje", SubPoolKind.OPEN,
                new BigDecimal("0.20"), List.of(), openRule));
        round = funds.round(roundId).orElseThrow();
        long theme = funds.addSubPool(new NewSubPool(roundId, round.version(), "Temapulje", SubPoolKind.THEME,
                new BigDecimal("0.80"), List.of("AI")));

        round = funds.round(roundId).orElseThrow();
        SubPoolFigures openPool = pool(round, open);
        assertEquals(0, new BigDecimal("0.25").compareTo(openPool.ownRule().minimumShare()));
        assertEquals(Money.dkk("1125"), openPool.effectiveRule().tolerance());
        assertEquals(SOURCE, openPool.effectiveRule().source());
        SubPoolFigures themePool = pool(round, theme);
        assertNull(themePool.ownRule());
        assertTrue(themePool.fundRuleApplies());
        assertEquals(0, new BigDecimal("0.50").compareTo(themePool.effectiveRule().minimumShare()));

        // A threshold and no tolerance, then no rule of its own: each a change of the round, each audited.
        long before = round.version();
        funds.changeSubPool(new ChangeSubPool(roundId, round.version(), open, "Åben pulje", SubPoolKind.OPEN,
                new BigDecimal("0.20"), List.of(), new SubPoolRule(new BigDecimal("0.25"), Money.dkk("100000"), null, SOURCE)));
        round = funds.round(roundId).orElseThrow();
        assertEquals(before + 1, round.version(), "a sub-pool's rule changes the round");
        assertEquals(Money.dkk("100000"), pool(round, open).ownRule().threshold());
        assertTrue(pool(round, open).ownRule().tolerance().isZero());

        funds.changeSubPool(new ChangeSubPool(roundId, round.version(), open, "Åben pulje", SubPoolKind.OPEN,
                new BigDecimal("0.20"), List.of(), SubPoolRule.NONE));
        round = funds.round(roundId).orElseThrow();
        assertNull(pool(round, open).ownRule());
        assertTrue(pool(round, open).fundRuleApplies(), "without its own rule the fund's applies");

        List<?> audited = em.createNativeQuery("""
                        select cofinancing_min_share from sub_pool_aud where id = ?1 order by rev""")
                .setParameter(1, open).getResultList();
        assertEquals(3, audited.size(), "created, changed, rule removed: " + audited);
        assertEquals(0, new BigDecimal("0.25").compareTo((BigDecimal) audited.get(0)));
        assertNull(audited.get(2));

        long stale = before;
        assertThrows(ConcurrentChange.class, () -> funds.changeSubPool(new ChangeSubPool(roundId, stale, open, "Åben pulje",
                SubPoolKind.OPEN, null, List.of(), openRule)));
        RoundDetail current = round;
        assertEquals("cofinancing.ruleWithoutShare", assertThrows(RuleViolation.class, () -> funds.changeSubPool(
                new ChangeSubPool(roundId, current.version(), open, "Åben pulje", SubPoolKind.OPEN, null, List.of(),
                        new SubPoolRule(null, null, Money.dkk("1125"), null)))).key());
    }

    private static SubPoolFigures pool(RoundDetail round, long id) {
        return round.subPools().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }
}

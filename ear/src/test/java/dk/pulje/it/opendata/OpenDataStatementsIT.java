package dk.pulje.it.opendata;

import dk.pulje.application.opendata.OpenDataService;
import dk.pulje.application.opendata.OpenDataSet;
import dk.pulje.it.support.NativeSql;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AdminRolledBack;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A round's open data costs five statements whatever its size (the round, the grants, and the tranches, partners and
 * result goals of all of them at once), with 10 and with 1.000 grants: nothing is read grant by grant. Generated in
 * SQL in a round of its own, rolled back afterwards; the caller's scope is read before counting.
 */
@PuljeIntegrationTest
class OpenDataStatementsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(OpenDataStatementsIT.class, AdminRolledBack.class, TestData.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    OpenDataService openData;

    @Inject
    AdminRolledBack asAdmin;

    @Test
    void fiveStatementsWithTenAndWithAThousandGrants() throws Exception {
        assertEquals(5L, measure(10));
        assertEquals(5L, measure(1000));
    }

    private long measure(int grants) throws Exception {
        return asAdmin.call(() -> {
            long fund = TestData.testFundId();
            String token = "Åbne data " + UUID.randomUUID().toString().substring(0, 8);
            long round = generate(fund, token, grants);
            openData.fund(fund); // reads (and keeps, for this request) the caller's scope
            AtomicReference<OpenDataSet> read = new AtomicReference<>();
            long statements = Statements.countWhile(emf, () -> read.set(openData.round(round).orElseThrow()));
            OpenDataSet set = read.get();
            assertEquals(grants, set.grants().size());
            assertEquals(new BigDecimal("100000.00"), set.grants().get(0).figures().paid().amount(), "Σ paid per grant");
            assertEquals(grants * 2, set.grants().stream().mapToInt(g -> set.tranchesOf(g.projectId()).size()).sum());
            assertEquals(grants, set.grants().stream().mapToInt(g -> set.partnersOf(g.projectId()).size()).sum());
            assertEquals(grants * 2, set.grants().stream().mapToInt(g -> set.goalsOf(g.projectId()).size()).sum());
            return statements;
        });
    }

    /** A round with {@code grants} decided grants, each with an owner, a partner, two goals, a paid and an open tranche. */
    private long generate(long fund, String token, int grants) {
        sql("insert into funding_round (fund_id, name, round_year) values (?1, ?2, 2026)", fund, token);
        long round = NativeSql.id(em, "select id from funding_round where name = ?1", token);
        sql("insert into organisation (name, type, cvr) values (?1 || ' ejer', 'SCHOOL', '29189706'), (?1 || ' partner', 'NGO', null)",
                token);
        sql("""
                insert into project (fund_id, round_id, owner_id, title, project_type, status, town, start_date, end_date,
                                     total_amount, total_currency)
                select ?1, ?2, (select id from organisation where name = ?3 || ' ejer'), ?3 || ' ' || to_char(g, 'FM00000'),
                       'DEVELOPMENT', 'ACTIVE', 'Odense', date '2026-01-01', date '2026-12-31', 1000000, 'DKK'
                from generate_series(1, ?4) g""", fund, round, token, grants);
        String mine = " from project p where p.round_id = " + round;
        sql("insert into project_partner (project_id, organisation_id, role) select p.id, "
                + "(select id from organisation where name = ?1 || ' partner'), 'PARTICIPANT'" + mine, token);
        sql("insert into result_goal (project_id, position, description) select p.id, k, 'Mål ' || k"
                + mine.replace(" where", " cross join generate_series(0, 1) k where"));
        sql("insert into project_grant (project_id, granted_amount, granted_currency, decision_date, planned_total) "
                + "select p.id, 500000, 'DKK', date '2025-12-01', 500000" + mine);
        sql("""
                insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                select g.id, d.planned, 250000, 'DKK', d.paid, d.amount, d.currency
                from project_grant g join project p on p.id = g.project_id
                cross join (values (date '2026-01-15', date '2026-01-15', 100000, 'DKK'),
                                   (date '2026-09-01', cast(null as date), cast(null as integer), cast(null as varchar))) d(planned, paid, amount, currency)
                where p.round_id = ?1""", round);
        return round;
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}

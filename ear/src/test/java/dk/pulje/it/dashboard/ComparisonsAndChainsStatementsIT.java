package dk.pulje.it.dashboard;

import dk.pulje.it.support.NativeSql;
import dk.pulje.application.dashboard.CompareKind;
import dk.pulje.application.dashboard.CompareService;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.FollowUpChainService;
import dk.pulje.application.dashboard.ParticipationService;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The comparison, the organisations' participation and the follow-up chains each cost one statement, with 10 and with
 * 1.000 projects (each with an owner, a partner in two roles, a grant, a paid tranche; in pairs of a maturation project
 * and its follow-up): nothing is read row by row. Generated in SQL, rolled back afterwards; the caller's scope is read
 * once before counting.
 */
@PuljeIntegrationTest
class ComparisonsAndChainsStatementsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ComparisonsAndChainsStatementsIT.class, AdminRolledBack.class, TestData.class,
                Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    CompareService compare;

    @Inject
    ParticipationService participation;

    @Inject
    FollowUpChainService chains;

    @Inject
    AdminRolledBack asAdmin;

    @Test
    void oneStatementEachWithTenAndWithAThousandProjects() throws Exception {
        long fund = TestData.testFundId();
        Map<String, Long> ten = measure(fund, 10);
        Map<String, Long> thousand = measure(fund, 1000);
        assertEquals(ten, thousand, "statements with 10 and with 1.000 projects");
        assertEquals(Map.of("compare", 1L, "participation", 1L, "chains", 1L, "chain", 1L), thousand);
    }

    private Map<String, Long> measure(long fund, int projects) throws Exception {
        return asAdmin.call(() -> {
            String token = "Sammenligning " + UUID.randomUUID().toString().substring(0, 8);
            generate(fund, token, projects);
            long education = ((Number) em.createNativeQuery("select id from fund where short_name = 'Uddannelsespuljen'")
                    .getSingleResult()).longValue();
            long firstProject = ((Number) em.createNativeQuery("select min(id) from project where title like ?1 || '%'")
                    .setParameter(1, token).getSingleResult()).longValue();
            // The generated projects only (other tests leave projects in the test fund): their own town.
            DashboardFilter mine = new DashboardFilter(fund, null, null, null, "Sammenlignby " + token, null, null, null);
            chains.chains(mine); // reads (and keeps, for this request) the caller's scope
            Map<String, Long> statements = new LinkedHashMap<>();
            statements.put("compare", Statements.countWhile(emf, () -> assertEquals(projects,
                    compare.compare(CompareKind.FUND, List.of(fund, education), mine).orElseThrow()
                            .columns().get(0).figures().projects())));
            statements.put("participation", Statements.countWhile(emf, () -> {
                var page = participation.participation(mine, 25, 0);
                assertEquals(2, page.organisations(), "the owner and the partner");
                assertEquals(List.of((long) projects, (long) projects), page.rows().stream().map(r -> r.projects()).toList(),
                        "each takes part in every project, once");
            }));
            statements.put("chains", Statements.countWhile(emf, () -> assertEquals(Math.min(projects / 2, FollowUpChainService.CHAINS_SHOWN),
                    chains.chains(mine).chains().size())));
            statements.put("chain", Statements.countWhile(emf, () -> assertEquals(2,
                    chains.chainFrom(firstProject).orElseThrow().steps().size())));
            return statements;
        });
    }

    private void generate(long fund, String token, int projects) {
        sql("insert into organisation (name, type) values (?1 || ' ejer', 'SCHOOL'), (?1 || ' partner', 'NGO')", token);
        sql("""
                insert into project (fund_id, owner_id, title, project_type, status, town, total_amount, total_currency)
                select ?1, (select id from organisation where name = ?2 || ' ejer'), ?2 || ' ' || to_char(g, 'FM00000'),
                       'MATURATION', 'ACTIVE', 'Sammenlignby ' || ?2, 1000000, 'DKK'
                from generate_series(1, ?3) g""", fund, token, projects);
        String mine = " from project p where p.title like ?1 || '%'";
        sql("""
                insert into project_partner (project_id, organisation_id, role)
                select p.id, o.id, r.role from project p
                     cross join (select id from organisation where name = ?1 || ' partner') o
                     cross join (values ('PARTICIPANT'), ('ADVISOR')) r(role)
                where p.title like ?1 || '%'""", token);
        sql("insert into project_grant (project_id, granted_amount, granted_currency) select p.id, 500000, 'DKK'" + mine, token);
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency) "
                + "select g.id, current_date, 100000, 'DKK', current_date, 100000, 'DKK' from project_grant g join project p on p.id = g.project_id"
                + " where p.title like ?1 || '%'", token);
        // In pairs: the first of each pair leads to the second.
        sql("""
                update project p set follow_up_id = n.next from (
                    select id, row_number() over (order by id) as position, lead(id) over (order by id) as next
                    from project where title like ?1 || '%') n
                where p.id = n.id and n.position % 2 = 1""", token);
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}

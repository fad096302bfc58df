package dk.pulje.it.project;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL answers the list's filters and sorts from the V4_1 indexes once the table is large enough for an index to
 * pay: 20.000 generated projects (in a transaction that is rolled back), statistics refreshed, then EXPLAIN on the
 * statements ProjectCatalogService sends (the same shape: the caller's fund condition, lower(…) like with escape, the
 * sort with nulls last and the id as tie-breaker, a limit). The sorts and the status filter are planned as they are;
 * for the contains-filters sequential scans are priced out (see there).
 */
@PuljeIntegrationTest
class ProjectListIndexesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectListIndexesIT.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void filtersAndSortsUseTheirIndexes() throws Exception {
        transaction.begin();
        try {
            em.createNativeQuery("""
                    insert into project (fund_id, title, project_type, status, town, total_amount, total_currency)
                    select (select min(id) from fund), 'Indekstest ' || g || ' ' || md5(g::text), 'DEVELOPMENT',
                           (array['UNDER_REVIEW', 'GRANTED', 'ACTIVE', 'CLOSED'])[1 + g % 4], 'By ' || (g % 500),
                           100000 + g, 'DKK'
                    from generate_series(1, 20000) g""").executeUpdate();
            // GIN indexes take new rows into a pending list that vacuum merges later; inside this transaction that
            // list would hold all 20.000 rows and price the index out. Merge it now, as autovacuum would.
            em.createNativeQuery("select gin_clean_pending_list('project_title_trgm_idx'::regclass)").getSingleResult();
            em.createNativeQuery("select gin_clean_pending_list('project_town_trgm_idx'::regclass)").getSingleResult();
            em.createNativeQuery("analyze project").executeUpdate();
            // As the catalog binds them: the caller's funds are values, known to the planner.
            Number fund = (Number) em.createNativeQuery("select min(id) from fund").getSingleResult();
            String funds = "p.fund_id in (" + fund.longValue() + ")";

            // The order-by lists are those ProjectSort writes, in both directions.
            assertPlanUses("project_title_id_idx", window(funds, "lower(p.title) asc, p.id asc"));
            assertPlanUses("project_title_id_idx", window(funds, "lower(p.title) desc, p.id desc"));
            assertPlanUses("project_status_idx", window(funds, "p.status asc, p.id asc"));
            assertPlanUses("project_status_idx", window(funds, "p.status desc, p.id desc"));
            assertPlanUses("project_town_idx", window(funds, "p.town asc nulls last, p.id asc"));
            assertPlanUses("project_town_desc_idx", window(funds, "p.town desc nulls last, p.id desc"));
            assertPlanUses("project_total_idx", window(funds, "p.total_amount asc nulls last, p.id asc"));
            assertPlanUses("project_total_desc_idx", window(funds, "p.total_amount desc nulls last, p.id desc"));
            assertPlanUses("project_status_idx", "select count(p.id) from project p where " + funds
                    + " and p.status = 'WITHDRAWN'");

            // A rare pattern: PostgreSQL answers it from the trigram index (a btree cannot serve '%…%' at all).
            assertPlanUses("project_title_trgm_idx", "select count(p.id) from project p where " + funds
                    + " and lower(p.title) like '%b52340b4%' escape '\\'"); // in md5('4711') only
            assertPlanUses("project_town_trgm_idx", "select count(p.id) from project p where " + funds
                    + " and lower(p.town) like '%by 471%' escape '\\'");
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(), misses);
    }

    private final List<String> misses = new ArrayList<>();

    private static String window(String funds, String orderBy) {
        return "select p.id from project p where " + funds + " order by " + orderBy + " offset 0 rows fetch first 25 rows only";
    }

    /** Collects every miss, so that one run shows all plans that do not use their index. */
    private void assertPlanUses(String index, String sql) {
        @SuppressWarnings("unchecked")
        List<Object> lines = em.createNativeQuery("explain " + sql).getResultList();
        String plan = lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        if (!plan.contains(index)) {
            misses.add(index + " for\n" + sql + "\n" + plan);
        }
    }
}

package dk.pulje.it.project;

import dk.pulje.it.support.NativeSql;
import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDrillDown;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.domain.model.organisation.OrganisationType;
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
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code ./pulje bench} compares with bare SQL costs the server a fixed number of statements, with 10 and with
 * 1.000 projects in a round: the start page's round cards (3 aggregates, PortfolioService) and a drill-down page of
 * the project list with every drill-down filter set (count + window). Generated in SQL inside a transaction that is
 * rolled back; the caller's scope is read once, before (its statements are not counted).
 */
@PuljeIntegrationTest
class DrillDownStatementsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DrillDownStatementsIT.class, AdminRolledBack.class, TestData.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    PortfolioService portfolio;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    AdminRolledBack asAdmin;

    @Test
    void theStartPageAndADrillDownCostTheSameWithTenAndWithAThousandProjects() throws Exception {
        long fund = TestData.testFundId();
        asAdmin.call(portfolio::roundSummaries); // reads (and keeps, for this request) the caller's scope
        Map<String, Long> ten = measure(fund, 10);
        Map<String, Long> thousand = measure(fund, 1000);
        assertEquals(ten, thousand, "statements with 10 and with 1.000 projects");
        assertEquals(Map.of("start page", 3L, "drill-down page", 2L), thousand);
    }

    private Map<String, Long> measure(long fund, int projects) throws Exception {
        return asAdmin.call(() -> {
            String token = "Tælling " + UUID.randomUUID().toString().substring(0, 8);
            long owner = id("insert into organisation (name, type, town) values (?1, 'SCHOOL', 'Tællerup') returning id", token);
            long round = id("insert into funding_round (fund_id, name, round_year) values (?1, ?2, 2031) returning id", fund, token);
            long pool = id("insert into sub_pool (round_id, name, kind, target_share) values (?1, 'Temapulje', 'THEME', 0.8) returning id",
                    round);
            long theme = id("insert into theme (name) values (?1) returning id", token);
            sql("""
                    insert into project (fund_id, round_id, owner_id, title, project_type, status, town, total_amount, total_currency)
                    select ?1, ?2, ?3, ?4 || ' ' || g, 'DEVELOPMENT', 'ACTIVE', 'Tællerup', 1000000, 'DKK' from generate_series(1, ?5) g""",
                    fund, round, owner, token, projects);
            sql("insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency) "
                    + "select p.id, ?2, 500000, 'DKK' from project p where p.round_id = ?1", round, pool);
            sql("insert into project_theme (project_id, theme_id) select p.id, ?2 from project p where p.round_id = ?1", round, theme);
            Map<String, Long> statements = new LinkedHashMap<>();
            statements.put("start page", Statements.countWhile(emf, () -> assertEquals(projects, portfolio.roundSummaries().stream()
                    .filter(card -> card.roundName() != null && card.roundName().equals(token)).findFirst().orElseThrow().projectCount())));
            ProjectSearch drilled = ProjectSearch.firstPage(25).withFund(fund).drilledDown(new ProjectDrillDown(round, 2031, theme,
                    "Tællerup", OrganisationType.SCHOOL, pool, owner));
            statements.put("drill-down page", Statements.countWhile(emf, () -> {
                assertEquals(projects, catalog.count(drilled));
                assertEquals(Math.min(25, projects), catalog.rows(drilled).size());
            }));
            return statements;
        });
    }

    private long id(String statement, Object... arguments) {
        return NativeSql.id(em, statement, arguments);
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}

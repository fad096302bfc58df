package dk.pulje.it.project;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DashboardSql;
import dk.pulje.application.dashboard.NativeAggregate;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDrillDown;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project list as the dashboards' drill-down (issue 11): each dashboard filter, given to the list, finds exactly
 * the projects the dashboards' own condition (DashboardSql) counts, for the demo data; a filter never widens the
 * caller's scope, and forged ids find nothing.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectDrillDownIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectDrillDownIT.class);
    }

    @Inject
    ProjectCatalogService catalog;

    @Inject
    CallerScopes scopes;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();

    @Test
    void randersInTheRegionalRoundAreTheSixProjectsOfTheSeedDocument() {
        long round = id("select id from funding_round where name = 'Uddannelsespuljen 2024'");
        ProjectDrillDown drill = drill(round, null, null, "Randers", null, null, null);
        // Written from the press release: six of the fifteen projects are in Randers.
        assertEquals(6, seed.countInTown("Randers"));
        assertEquals(6, catalog.count(ProjectSearch.firstPage(25).drilledDown(drill)));
        List<ProjectSummary> rows = catalog.rows(ProjectSearch.firstPage(25).drilledDown(drill));
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.town().equals("Randers") && r.roundName().equals("Uddannelsespuljen 2024")));
        // The round alone: all fifteen of the seed document.
        assertEquals(seed.projects().size(), catalog.count(ProjectSearch.firstPage(25).drilledDown(drill(round, null, null, null,
                null, null, null))));
    }

    @Test
    void townIsExactAsOnTheDashboardsNotContains() {
        assertEquals(0, catalog.count(ProjectSearch.firstPage(25).drilledDown(drill(null, null, null, "rand", null, null, null))));
        assertTrue(catalog.count(ProjectSearch.firstPage(25).withTown("rand")) > 0, "the column's own filter still contains");
    }

    @Test
    @AsDemoUser(DemoUser.ADMIN)
    void eachFilterCountsWhatTheDashboardsCountForTheAdministrator() {
        everyFilterMatchesTheDashboards();
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void eachFilterCountsWhatTheDashboardsCountForRegionalStaff() {
        everyFilterMatchesTheDashboards();
    }

    private void everyFilterMatchesTheDashboards() {
        long round = id("select id from funding_round where name = 'Uddannelsespuljen 2024'");
        long themePool = id("select sp.id from sub_pool sp where sp.round_id = " + round + " and sp.kind = 'THEME'");
        long euroSkills = id("select id from theme where name = 'EuroSkills 2025'");
        long ai = id("select id from theme where name = 'AI'");
        long randersLibrary = id("select id from organisation where name = 'Randers Bibliotek'");
        long fund = id("select id from fund where short_name = 'Uddannelsespuljen'");
        Map<String, Case> cases = new HashMap<>();
        cases.put("round", new Case(DashboardFilter.ofRound(round), drill(round, null, null, null, null, null, null), null, null));
        cases.put("year", new Case(new DashboardFilter(null, null, 2024, null, null, null, null, null),
                drill(null, 2024, null, null, null, null, null), null, null));
        cases.put("theme EuroSkills", new Case(new DashboardFilter(null, null, null, euroSkills, null, null, null, null),
                drill(null, null, euroSkills, null, null, null, null), null, null));
        cases.put("theme AI", new Case(new DashboardFilter(null, null, null, ai, null, null, null, null),
                drill(null, null, ai, null, null, null, null), null, null));
        cases.put("town", new Case(new DashboardFilter(null, null, null, null, "Randers", null, null, null),
                drill(null, null, null, "Randers", null, null, null), null, null));
        cases.put("type", new Case(new DashboardFilter(null, null, null, null, null, OrganisationType.LIBRARY, null, null),
                drill(null, null, null, null, OrganisationType.LIBRARY, null, null), null, null));
        cases.put("sub-pool", new Case(new DashboardFilter(null, null, null, null, null, null, null, themePool),
                drill(null, null, null, null, null, themePool, null), null, null));
        cases.put("fund", new Case(DashboardFilter.ofFund(fund), ProjectDrillDown.NONE, fund, null));
        cases.put("status", new Case(new DashboardFilter(null, null, null, null, null, null, ProjectStatus.GRANTED, null),
                ProjectDrillDown.NONE, null, ProjectStatus.GRANTED));
        cases.put("all together", new Case(new DashboardFilter(fund, round, 2024, euroSkills, null, null, ProjectStatus.GRANTED,
                themePool), drill(round, 2024, euroSkills, null, null, themePool, null), fund, ProjectStatus.GRANTED));
        cases.forEach((name, c) -> {
            long dashboards = dashboardCount(c.dashboard(), null);
            ProjectSearch search = ProjectSearch.firstPage(25).withFund(c.fund()).withStatus(c.status()).drilledDown(c.list());
            assertEquals(dashboards, catalog.count(search), name);
            assertTrue(dashboards > 0, name + " finds something in the demo data (a test that cannot fail proves nothing)");
        });
        // Organisation: owner or partner, as the organisations dashboard counts it.
        long asOwnerOrPartner = dashboardCount(DashboardFilter.NONE, randersLibrary);
        assertEquals(asOwnerOrPartner, catalog.count(ProjectSearch.firstPage(25)
                .drilledDown(drill(null, null, null, null, null, null, randersLibrary))));
        assertTrue(asOwnerOrPartner >= 1, "Randers Bibliotek owns AI i borgernes hænder");
        // The seed's theme pool: EuroSkills, AI and MYRE are its three projects.
        assertEquals(3, catalog.count(ProjectSearch.firstPage(25).drilledDown(drill(null, null, null, null, null, themePool, null))));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void aFilterNeverWidensAnApplicantsScope() {
        long round = id("select id from funding_round where name = 'Uddannelsespuljen 2024'");
        Set<Long> own = catalog.rows(ProjectSearch.firstPage(500)).stream().map(ProjectSummary::id).collect(Collectors.toSet());
        for (ProjectDrillDown drill : List.of(drill(round, null, null, null, null, null, null),
                drill(null, null, null, "Randers", null, null, null),
                drill(null, 2024, null, null, OrganisationType.SCHOOL, null, null),
                drill(null, null, null, null, null, null, id("select id from organisation where name = 'Aabenraa Bibliotekerne'")))) {
            List<ProjectSummary> rows = catalog.rows(ProjectSearch.firstPage(500).drilledDown(drill));
            assertTrue(own.containsAll(rows.stream().map(ProjectSummary::id).toList()), "only own projects for " + drill);
        }
    }

    @Test
    void forgedIdsFindNothingAndGetNoName() {
        long unknown = 987_654_321L;
        for (ProjectDrillDown drill : List.of(drill(unknown, null, null, null, null, null, null),
                drill(null, null, unknown, null, null, null, null),
                drill(null, null, null, null, null, unknown, null),
                drill(null, null, null, null, null, null, unknown),
                drill(null, 1066, null, null, null, null, null))) {
            assertEquals(0, catalog.count(ProjectSearch.firstPage(25).drilledDown(drill)), drill.toString());
        }
        ProjectCatalogService.DrillDownNames names = catalog.names(drill(unknown, null, unknown, null, null, unknown, unknown));
        assertEquals(new ProjectCatalogService.DrillDownNames(null, null, null, null), names);
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void aRoundOutsideTheCallersFundsGetsNoNameAndNoProjects() {
        long round = id("select id from funding_round where name = 'Uddannelsespuljen 2024'");
        long subPool = id("select sp.id from sub_pool sp where sp.round_id = " + round + " and sp.kind = 'THEME'");
        ProjectCatalogService.DrillDownNames names = catalog.names(drill(round, null, null, null, null, subPool, null));
        assertNull(names.round());
        assertNull(names.subPool());
        assertEquals(0, catalog.count(ProjectSearch.firstPage(25).drilledDown(drill(null, null, null, null, null, subPool, null))),
                "Randers Bibliotek has no grant from the theme pool");
    }

    @Test
    void theChipsNameWhatTheIdsAre() {
        long round = id("select id from funding_round where name = 'Uddannelsespuljen 2024'");
        long randersLibrary = id("select id from organisation where name = 'Randers Bibliotek'");
        ProjectCatalogService.DrillDownNames names = catalog.names(drill(round, null, null, null, null, null, randersLibrary));
        assertEquals("Uddannelsespuljen · Uddannelsespuljen 2024", names.round());
        assertEquals("Randers Bibliotek", names.organisation());
    }

    private record Case(DashboardFilter dashboard, ProjectDrillDown list, Long fund, ProjectStatus status) {
    }

    private static ProjectDrillDown drill(Long round, Integer year, Long theme, String town, OrganisationType type, Long subPool,
                                          Long organisation) {
        return new ProjectDrillDown(round, year, theme, town, type, subPool, organisation);
    }

    /** How many projects the dashboards count for the filter (DashboardSql's condition), plus owner-or-partner. */
    private long dashboardCount(DashboardFilter filter, Long organisation) {
        DashboardSql.Condition condition = DashboardSql.projects(scopes.current(), filter);
        Map<String, Object> parameters = new HashMap<>(condition.parameters());
        String sql = "select count(*) as n from project p where" + condition.text();
        if (organisation != null) {
            sql += " and (p.owner_id = :org or exists (select 1 from project_partner pp where pp.project_id = p.id"
                    + " and pp.organisation_id = :org))";
            parameters.put("org", organisation);
        }
        return ((Number) new NativeAggregate(sql, parameters).rows(em).get(0).get("n")).longValue();
    }

    private long id(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}

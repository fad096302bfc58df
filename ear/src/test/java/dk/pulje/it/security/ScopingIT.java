package dk.pulje.it.security;

import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.portfolio.RoundSummary;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each role sees and may change is decided in the services and their queries: a forged id gets nothing, an
 * applicant never sees another organisation's project or an internal note, a system administrator sees no project.
 */
@PuljeIntegrationTest
class ScopingIT {

    private static final String AI = "AI i borgernes hænder";
    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ScopingIT.class, TestData.class);
    }

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @Inject
    ProjectHistoryService history;

    @Inject
    PortfolioService portfolio;

    @Inject
    ProjectService projects;

    @Inject
    OrganisationService organisations;

    @Inject
    UserAdminService users;

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void anApplicantSeesOnlyTheirOrganisationsProjects() {
        List<ProjectSummary> rows = catalog.rows(ProjectSearch.firstPage(500));
        assertTrue(rows.stream().anyMatch(r -> r.title().equals(AI)));
        // Randers Bibliotek owns every project randers sees (a test elsewhere may have given it one more, in the test fund).
        assertTrue(rows.stream().allMatch(r -> "Randers Bibliotek".equals(r.ownerName())), rows.toString());
        assertEquals(rows.size(), catalog.count(ProjectSearch.firstPage(10)));
        List<RoundSummary> cards = portfolio.roundSummaries();
        RoundSummary library = cards.stream().filter(c -> c.fundShortName().equals("Udviklingspuljen")).findFirst().orElseThrow();
        assertEquals(1, library.projectCount(), "of Udviklingspuljen's projects only their own");
        assertTrue(cards.stream().noneMatch(c -> c.fundShortName().equals("Uddannelsespuljen")), "no card of a fund they have no project in");
        assertTrue(catalog.funds().stream().noneMatch(f -> f.shortName().equals("Uddannelsespuljen")));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void aForgedIdGetsNothingByPageHistoryOrFilter() {
        long aarhusProject = idAsAdmin(MATURATION);
        assertTrue(details.detail(aarhusProject).isEmpty(), "another organisation's project is not found");
        assertTrue(history.history(aarhusProject).isEmpty());
        long regionalFund = DemoUser.ADMIN.call0(() -> TestData.fundId(catalog, "Uddannelsespuljen"));
        assertEquals(0, catalog.count(ProjectSearch.firstPage(10).withFund(regionalFund)), "a forged fund filter finds nothing");
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void anApplicantNeverSeesInternalNotes() {
        ProjectDetail own = details.detail(idAsAdmin(AI)).orElseThrow();
        assertNull(own.internalNote());
        assertNotNull(DemoUser.ADMIN.call0(() -> details.detail(own.id()).orElseThrow().internalNote()),
                "the fund's administrator does see it");
    }

    @Test
    @AsDemoUser(DemoUser.AARHUS)
    void anApplicantSeesTheProjectsTheirOrganisationOwns() {
        assertEquals(List.of("Læringsfællesskaber for en bæredygtig fremtid", MATURATION),
                catalog.rows(ProjectSearch.firstPage(100)).stream().map(ProjectSummary::title).sorted().toList());
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffReadEverythingInTheirFundsAndChangeNothing() {
        // region reads both demo funds, which admin administers: the same projects in each.
        for (String fund : List.of("Udviklingspuljen", "Uddannelsespuljen")) {
            long fundId = DemoUser.ADMIN.call0(() -> TestData.fundId(catalog, fund));
            long adminSees = DemoUser.ADMIN.call0(() -> catalog.count(ProjectSearch.firstPage(10).withFund(fundId)));
            assertEquals(adminSees, catalog.count(ProjectSearch.firstPage(10).withFund(fundId)), fund);
        }
        assertEquals(seed.projects().size(), catalog.count(ProjectSearch.firstPage(10)
                .withFund(DemoUser.ADMIN.call0(() -> TestData.fundId(catalog, "Uddannelsespuljen")))));
        assertNotNull(details.detail(idAsAdmin(AI)).orElseThrow().internalNote());
        long project = idAsAdmin(AI);
        assertThrows(EJBAccessException.class, () -> projects.moveTo(project, 0, ProjectStatus.CLOSED));
    }

    @Test
    @AsDemoUser(DemoUser.SYSADMIN)
    void theSystemAdministratorSeesNoProjectContent() {
        assertThrows(EJBAccessException.class, () -> catalog.count(ProjectSearch.firstPage(10)));
        assertThrows(EJBAccessException.class, () -> portfolio.roundSummaries());
        assertThrows(EJBAccessException.class, () -> details.detail(1));
        assertTrue(organisations.list().size() > 10, "but manages organisations");
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void anApplicantChangesOnlyWhatTheirOrganisationOwnsAndOnlyWhatApplicantsMay() {
        // A project of Randers Bibliotek made for this test, so that the demo data stays as it is.
        long own = DemoUser.ADMIN.call0(() -> {
            long id = projects.create(new NewProject(TestData.testFundId(), null,
                    TestData.unique("Randers-ejet"), ProjectType.DEVELOPMENT, ProjectStatus.ACTIVE,
                    organisations.findByNameOrAlias("Randers Bibliotek").orElseThrow().id(),
                    null, null, "Randers", Money.dkk("200000")));
            projects.requireReport(id, details.detail(id).orElseThrow().version(), ReportType.STATUS, LocalDate.of(2026, 1, 31));
            return id;
        });
        ProjectDetail mine = details.detail(own).orElseThrow();
        projects.addMilestone(own, mine.version(), "Workshop", LocalDate.of(2026, 3, 1));
        assertEquals(1, details.detail(own).orElseThrow().milestones().size(), "the applicant adds a milestone");

        assertThrows(EJBAccessException.class, () -> projects.moveTo(own, mine.version(), ProjectStatus.CLOSED),
                "only administrators move a project along its lifecycle");

        long aarhusProject = idAsAdmin(MATURATION);
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> projects.addMilestone(aarhusProject, 0, "Snigløb", LocalDate.of(2026, 3, 1)));
        assertEquals("entity.notFound", e.key(), "another organisation's project, by a forged id: not found");
        assertEquals(0, DemoUser.ADMIN.call0(() -> details.detail(aarhusProject).orElseThrow().milestones().size()));
    }

    @Test
    void aPartnersMemberReadsTheProjectButNeverChangesIt() {
        DemoUser.SYSADMIN.run(() -> {
            if (users.users().stream().noneMatch(u -> u.username().equals("partner-aalborg"))) {
                long aalborg = organisations.findByNameOrAlias("Aalborg Bibliotekerne").orElseThrow().id();
                users.create(new NewUser("partner-aalborg", "Aalborg-partner", null,
                        "Aalborg er med i AI-projektet".toCharArray(), Set.of(Role.APPLICANT), Set.of(aalborg), Set.of(), Set.of()));
            }
        });
        long ai = idAsAdmin(AI);
        DemoUser.PARTNER_AALBORG.run(() -> {
            ProjectDetail project = details.detail(ai).orElseThrow(() -> new AssertionError("a partner reads the project"));
            assertNull(project.internalNote(), "but not the fund's internal note");
            // Within the seed's two funds (other tests give Aalborg partnerships in funds of their own): the one project
            // Aalborg takes part in, nothing of the others.
            assertEquals(List.of(AI), catalog.rows(ProjectSearch.firstPage(500)).stream()
                    .filter(row -> SEED_FUNDS.contains(row.fundName())).map(ProjectSummary::title).toList());
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> projects.addMilestone(ai, project.version(), "Partnerens milepæl", LocalDate.of(2026, 5, 1)));
            assertEquals("access.denied", refused.key(), "taking part is not owning");
        });
        assertEquals(0, DemoUser.ADMIN.call0(() -> details.detail(ai).orElseThrow().milestones().size()));
    }

    /** The seed's funds by the short name the list shows (test funds are "Browserpuljen …", "Testpuljen …" and the like). */
    private static final Set<String> SEED_FUNDS = Set.of("Udviklingspuljen", "Uddannelsespuljen");

    private long idAsAdmin(String title) {
        return DemoUser.ADMIN.call0(() -> catalog.rows(ProjectSearch.firstPage(10).withText(title)).stream()
                .filter(r -> r.title().equals(title)).findFirst().orElseThrow().id());
    }
}

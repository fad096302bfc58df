package dk.pulje.it.security;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.domain.model.account.Role;
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

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each fund link has its role (issue 7): a user who administers fund A and reads fund B as regional staff changes A
 * and only reads B. Before the fix both funds counted as administered. (AccessMatrixIT has the same user's pages.)
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.SYSADMIN)
class FundRolesIT {

    private static final String AI = "AI i borgernes hænder";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(FundRolesIT.class, TestData.class);
    }

    @Inject
    UserAdminService admin;

    @Inject
    ProjectService projects;

    @Inject
    ProjectDetailService details;

    @Inject
    ProjectCatalogService catalog;

    @Test
    void aFundAdministratorWhoIsAlsoRegionalStaffChangesTheAdministeredFundAndOnlyReadsTheOther() {
        long administered = TestData.testFundId();
        long read = DemoUser.ADMIN.call0(() -> TestData.fundId(catalog, "Udviklingspuljen"));
        if (admin.users().stream().noneMatch(u -> u.username().equals("mixed-roles"))) {
            admin.create(new NewUser("mixed-roles", "Blandede roller", null, "To roller i to puljer".toCharArray(),
                    Set.of(Role.FUND_ADMIN, Role.REGIONAL_STAFF), Set.of(), Set.of(administered), Set.of(read)));
        }
        long own = DemoUser.ADMIN.call0(() -> TestData.project(projects, catalog, TestData.unique("Blandet A")));
        long other = DemoUser.ADMIN.call0(() -> catalog.rows(ProjectSearch.firstPage(10).withText(AI)).stream()
                .filter(r -> r.title().equals(AI)).findFirst().orElseThrow().id());

        DemoUser.MIXED_ROLES.run(() -> {
            long version = details.detail(own).orElseThrow().version();
            assertNotNull(projects.addMilestone(own, version, "Milepæl i egen pulje", LocalDate.of(2026, 3, 1)));

            var readable = details.detail(other).orElseThrow(() -> new AssertionError("the regional fund is readable"));
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> projects.addMilestone(other, readable.version(), "Milepæl i læst pulje", LocalDate.of(2026, 3, 1)));
            assertEquals("access.denied", refused.key(), "a fund read as regional staff is not administered");
        });
        assertEquals(1, DemoUser.ADMIN.call0(() -> details.detail(own).orElseThrow().milestones().size()));
    }
}

package dk.pulje.it.support;

import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;

import java.time.LocalDate;
import java.util.UUID;

/** Fresh projects and organisations for tests that change data, named so that they never collide with the demo data. */
public final class TestData {

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long fundId(ProjectCatalogService catalog, String shortName) {
        return catalog.funds().stream().filter(f -> f.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    /** The fund for tests that change data (created on first use, administered by admin). */
    public static long testFundId() {
        return jakarta.enterprise.inject.spi.CDI.current().select(TestFund.class).get().ensure();
    }

    /** A development project in the test fund with a total of 1.000.000 kr. and a 2025 period. */
    public static long project(ProjectService projects, ProjectCatalogService catalog, String title) {
        return projects.create(new NewProject(testFundId(), null, title, ProjectType.DEVELOPMENT,
                ProjectStatus.UNDER_REVIEW, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Odense",
                Money.dkk("1000000")));
    }

    public static long library(OrganisationService organisations, String name) {
        return organisations.register(new NewOrganisation(name, OrganisationType.LIBRARY, null, "Odense", null, null, "DK"));
    }
}

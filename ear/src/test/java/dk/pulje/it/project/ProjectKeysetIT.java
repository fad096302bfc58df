package dk.pulje.it.project;

import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectKeysetPage;
import dk.pulje.application.project.ProjectPosition;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.project.ProjectSort;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.TestFund;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset paging of the project list (ProjectCatalogService.page, issue 13): paged to the end in every sort and both
 * directions it reads every project exactly once, in exactly the order of the offset list (the pages' trusted path),
 * also over ties (six projects with the same title, town, total and start date) and unknowns (no start date, no town,
 * no total, no grant, no round); and a page costs one statement at any depth once the caller's scope is read.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectKeysetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectKeysetIT.class, TestData.class, TestFund.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectService projects;

    /** Twelve projects whose titles start alike: six exact ties, then six with unknowns. */
    private String tiesAndUnknowns() {
        String title = TestData.unique("Nøglesæt");
        long fund = TestData.testFundId();
        for (int i = 0; i < 6; i++) {
            projects.create(new NewProject(fund, null, title, ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW, null,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Odense", Money.dkk("1000000")));
        }
        for (int i = 0; i < 6; i++) {
            projects.create(new NewProject(fund, null, title + (i % 2 == 0 ? "" : " b"), ProjectType.DEVELOPMENT,
                    i < 3 ? ProjectStatus.UNDER_REVIEW : ProjectStatus.APPLICATION_RECEIVED, null, null, null,
                    i < 3 ? null : "Odense", null));
        }
        return title;
    }

    @Test
    void pagedToTheEndEverySortReadsEveryProjectOnceInTheListsOrder() {
        String title = tiesAndUnknowns();
        for (ProjectSearch filter : List.of(ProjectSearch.firstPage(500).withText(title),
                ProjectSearch.firstPage(500).withFund(TestData.testFundId()), ProjectSearch.firstPage(500))) {
            for (ProjectSort sort : ProjectSort.values()) {
                for (boolean ascending : new boolean[]{true, false}) {
                    ProjectSearch search = filter.sortedBy(sort, ascending);
                    List<Long> expected = byOffset(search);
                    // The portfolio is paged in fives for the small filter (over two pages of ties) and in larger
                    // pages for the whole portfolio, to keep the test quick.
                    int size = expected.size() < 50 ? 5 : 37;
                    List<Long> seen = byKeyset(search.page(0, size));
                    String what = sort + (ascending ? " asc" : " desc") + " " + filter;
                    assertEquals(expected, seen, what);
                    assertEquals(seen.size(), new HashSet<>(seen).size(), "no project twice: " + what);
                }
            }
        }
        assertEquals(12, byKeyset(ProjectSearch.firstPage(5).withText(title)).size());
    }

    @Test
    void theLastPageSaysThereIsNoNextAndAFullPageDoesSay() {
        String title = tiesAndUnknowns();
        ProjectSearch search = ProjectSearch.firstPage(6).withText(title).sortedBy(ProjectSort.START_DATE, true);
        ProjectKeysetPage first = catalog.page(search, null);
        assertEquals(6, first.rows().size());
        assertNotNull(first.next());
        ProjectKeysetPage second = catalog.page(search, first.next());
        assertEquals(6, second.rows().size());
        assertNull(second.next(), "exactly twelve: no empty third page is promised");
    }

    @Test
    void aPositionOfAnotherSortIsRefused() {
        ProjectSearch byTitle = ProjectSearch.firstPage(5);
        ProjectPosition byTown = ProjectPosition.of(ProjectSort.TOWN, "Odense", 1);
        assertThrows(Exception.class, () -> catalog.page(byTitle, byTown));
    }

    @Test
    void aPageCostsOneStatementAtAnyDepth() {
        ProjectSearch search = ProjectSearch.firstPage(20).sortedBy(ProjectSort.GRANTED, false);
        AtomicReference<ProjectKeysetPage> page = new AtomicReference<>();
        long firstPage = Statements.countWhile(emf, () -> page.set(catalog.page(search, null)));
        assertEquals(2 + 1, firstPage, "the caller's scope (funds, organisations) once per request, then the page");
        List<Long> costs = new ArrayList<>();
        while (page.get().next() != null) {
            ProjectPosition next = page.get().next();
            costs.add(Statements.countWhile(emf, () -> page.set(catalog.page(search, next))));
        }
        assertTrue(costs.size() >= 2, "the demo portfolio is more than three pages of 20");
        assertEquals(costs.stream().map(c -> 1L).toList(), costs, "one statement per page, the deepest too");
    }

    private List<Long> byOffset(ProjectSearch search) {
        List<Long> ids = new ArrayList<>();
        for (int first = 0; ; first += 500) {
            List<ProjectSummary> rows = catalog.rows(search.page(first, 500));
            rows.forEach(r -> ids.add(r.id()));
            if (rows.size() < 500) {
                return ids;
            }
        }
    }

    private List<Long> byKeyset(ProjectSearch search) {
        List<Long> ids = new ArrayList<>();
        ProjectKeysetPage page = catalog.page(search, null);
        page.rows().forEach(r -> ids.add(r.id()));
        while (page.next() != null) {
            page = catalog.page(search, page.next());
            page.rows().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }
}

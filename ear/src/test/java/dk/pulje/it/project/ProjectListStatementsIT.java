package dk.pulje.it.project;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSort;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What one page of the project list costs in SQL, on the path the list's LazyDataModel takes (count, then the page):
 * the caller's scope is read once per request (2 statements), then 1 count and 1 window. Each test method runs in one
 * request of its own inside the server, so the first measurement pays for the scope and the next ones do not.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.REGION)
class ProjectListStatementsIT {

    /** Funds, organisations: see CallerScopes. */
    private static final long SCOPE = 2;
    /** The count and the window. */
    private static final long PAGE = 2;

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectListStatementsIT.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @Inject
    ProjectCatalogService catalog;

    @Test
    void aListPageReadsTheScopeOnceThenCostsACountAndAWindow() {
        ProjectSearch first = ProjectSearch.firstPage(5);
        AtomicLong total = new AtomicLong();
        AtomicReference<List<ProjectSummary>> rows = new AtomicReference<>();

        long firstPage = Statements.countWhile(emf, () -> {
            total.set(catalog.count(first));
            rows.set(catalog.rows(first));
        });
        assertFalse(rows.get().isEmpty(), "regional staff read the demo funds' projects");
        assertEquals(SCOPE + PAGE, firstPage, "the scope once, the count and the window");

        // The same request asks again (the table's next page, filtered and sorted): the scope is not read again.
        ProjectSearch next = ProjectSearch.firstPage(5).withText("a").sortedBy(ProjectSort.GRANTED, false).page(5, 5);
        long nextPage = Statements.countWhile(emf, () -> {
            catalog.count(next);
            catalog.rows(next);
        });
        assertEquals(PAGE, nextPage, "the count and the window only");
    }

    @Test
    void searchAnswersCountAndPageInTwoStatementsAfterTheScope() {
        long statements = Statements.countWhile(emf, () -> catalog.search(ProjectSearch.firstPage(25)));
        assertEquals(SCOPE + PAGE, statements);
    }
}

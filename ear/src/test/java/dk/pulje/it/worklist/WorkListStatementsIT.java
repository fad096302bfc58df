package dk.pulje.it.worklist;

import dk.pulje.it.support.NativeSql;
import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.application.worklist.GrantSort;
import dk.pulje.application.worklist.PaymentSort;
import dk.pulje.application.worklist.ReportSort;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
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
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each work list, the start page's counts and the project list (with its Σ paid) cost the same number of statements
 * with 10 and with 1.000 projects, each with a grant, two tranches (one overdue, one coming, one of them paid), two
 * reports due and a contact person: no list reads a row's parts one by one. The projects are generated in SQL inside a
 * transaction that is rolled back; the caller's scope is read once, before (its 2 statements are not counted).
 */
@PuljeIntegrationTest
class WorkListStatementsIT {

    /** The count and the window. */
    private static final long PAGE = 2;
    /** Payments, grants, reports, applications. */
    private static final long TODAY = 4;
    private static final int PAGE_SIZE = 25;

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(WorkListStatementsIT.class, WorkListRows.class, AdminRolledBack.class,
                TestData.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    WorkListService workLists;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    AdminRolledBack asAdmin;

    @Test
    void everyListCostsTheSameWithTenAndWithAThousandProjects() throws Exception {
        long fund = TestData.testFundId();
        asAdmin.call(workLists::todaysWork); // reads (and keeps, for this request) the caller's scope

        Map<String, Long> ten = measure(fund, 10);
        Map<String, Long> thousand = measure(fund, 1000);
        assertEquals(ten, thousand, "statements per list with 10 and with 1.000 projects");
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("payments", PAGE);
        expected.put("grants", PAGE);
        expected.put("reports", PAGE);
        expected.put("today", TODAY);
        expected.put("projects", PAGE);
        assertEquals(expected, thousand);
    }

    /** Generates the projects, then counts each list's statements; everything is rolled back afterwards. */
    private Map<String, Long> measure(long fund, int projects) throws Exception {
        return asAdmin.call(() -> {
            String token = "Tælling " + UUID.randomUUID().toString().substring(0, 8);
            generate(fund, token, projects);
            int rows = Math.min(PAGE_SIZE, projects);
            int twoEach = Math.min(PAGE_SIZE, 2 * projects);
            Map<String, Long> statements = new LinkedHashMap<>();
            AtomicInteger loaded = new AtomicInteger();

            statements.put("payments", Statements.countWhile(emf, () -> {
                WorkListSearch<PaymentSort> search = WorkListSearch.firstPage(PaymentSort.PLANNED_DATE, true, PAGE_SIZE).withText(token);
                assertEquals(2L * projects, workLists.countPayments(search));
                loaded.set(workLists.payments(search).size());
            }));
            assertEquals(twoEach, loaded.get());
            statements.put("grants", Statements.countWhile(emf, () -> {
                WorkListSearch<GrantSort> search = WorkListSearch.firstPage(GrantSort.UNPLANNED, false, PAGE_SIZE).withText(token);
                assertEquals(projects, workLists.countUnplannedGrants(search));
                loaded.set(workLists.unplannedGrants(search).size());
            }));
            assertEquals(rows, loaded.get());
            statements.put("reports", Statements.countWhile(emf, () -> {
                WorkListSearch<ReportSort> search = WorkListSearch.firstPage(ReportSort.DUE_DATE, true, PAGE_SIZE).withText(token);
                assertEquals(2L * projects, workLists.countReports(search));
                loaded.set((int) workLists.reports(search).stream().filter(r -> r.contactName() != null).count());
            }));
            assertEquals(twoEach, loaded.get(), "each with its contact person");
            statements.put("today", Statements.countWhile(emf, workLists::todaysWork));
            statements.put("projects", Statements.countWhile(emf, () -> {
                ProjectSearch search = ProjectSearch.firstPage(PAGE_SIZE).withText(token);
                assertEquals(projects, catalog.count(search));
                List<ProjectSummary> page = catalog.rows(search);
                loaded.set((int) page.stream().filter(p -> Money.dkk("100000").equals(p.paid())).count());
            }));
            assertEquals(rows, loaded.get(), "each with Σ paid");
            return statements;
        });
    }

    private void generate(long fund, String token, int projects) {
        WorkListRows rows = new WorkListRows(em);
        long owner = rows.organisation(token + " Bibliotek");
        long contact = rows.contact(owner, "Anne Hansen", "anne@example.dk");
        sql("""
                insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                select ?1, ?2, ?3 || ' ' || g, 'DEVELOPMENT', 'ACTIVE', 1000000, 'DKK' from generate_series(1, ?4) g""",
                fund, owner, token, projects);
        String mine = " from project p where p.title like ?1 || '%'";
        sql("insert into project_grant (project_id, granted_amount, granted_currency, decision_date) "
                + "select p.id, 500000, 'DKK', date '2025-01-01'" + mine, token);
        String grants = " from project_grant g join project p on p.id = g.project_id where p.title like ?1 || '%'";
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency) "
                + "select g.id, current_date - 20, 100000, 'DKK', current_date - 20, 100000, 'DKK'" + grants, token);
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency) "
                + "select g.id, current_date - 1, 100000, 'DKK'" + grants, token);
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency) "
                + "select g.id, current_date + 5, 100000, 'DKK'" + grants, token);
        rows.recountPlannedTotals("g.project_id in (select p.id from project p where p.title like ?1 || '%')", token);
        sql("insert into report_obligation (project_id, report_type, due_date, status) "
                + "select p.id, 'STATUS', current_date - 1, 'DUE'" + mine, token);
        sql("insert into report_obligation (project_id, report_type, due_date, status) "
                + "select p.id, 'FINAL', current_date + 10, 'DUE'" + mine, token);
        sql("insert into project_contact (project_id, position, contact_person_id, role) "
                + "select p.id, 0, " + contact + ", 'Projektleder'" + mine, token);
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}

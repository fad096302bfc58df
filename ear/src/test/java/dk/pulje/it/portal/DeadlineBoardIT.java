package dk.pulje.it.portal;

import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.application.portal.Deadline;
import dk.pulje.application.portal.DeadlineBoardService;
import dk.pulje.application.portal.DeadlineKind;
import dk.pulje.application.portal.DeadlineSearch;
import dk.pulje.application.portal.DeadlineSort;
import dk.pulje.application.security.ScopePerRequest;
import dk.pulje.application.shared.Clocks;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrators' "due and overdue" board: reports, milestones and tranches due within N days or overdue, in the
 * funds the caller administers only (a forged fund id shows nothing), sorted and paged in PostgreSQL in two statements.
 * Each test writes a fund of its own that admin administers, inside a transaction that is rolled back.
 */
@PuljeIntegrationTest
class DeadlineBoardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DeadlineBoardIT.class, PortalRows.class, AdminRolledBack.class, Statements.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @Inject
    DeadlineBoardService board;

    @Inject
    AdminRolledBack asAdmin;

    @Inject
    ScopePerRequest scopeOfThisRequest;

    private final String token = "Tavle " + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(Clocks.DANISH_TIME);

    /** A fund admin administers; the scope already read in this request is dropped, as FundAdministrators does. */
    private long administeredFund(PortalRows rows) {
        long fund = rows.foreignFund(token + " Tavlepuljen " + UUID.randomUUID().toString().substring(0, 4));
        em.createNativeQuery("insert into user_fund (user_id, fund_id, role) select id, ?1, 'FUND_ADMIN' from user_account where username = 'admin'")
                .setParameter(1, fund).executeUpdate();
        scopeOfThisRequest.forget();
        return fund;
    }

    private final class Portfolio {
        final PortalRows rows = new PortalRows(em);
        final long fund = administeredFund(rows);
        final long foreignFund = rows.foreignFund(token + " Fremmedpuljen");
        final long owner = rows.organisation(token + " Bibliotek");
        final long active = rows.project(fund, owner, token + " Aktiv", "ACTIVE");
        final long withdrawn = rows.project(fund, owner, token + " Trukket", "WITHDRAWN");
        final long foreign = rows.project(foreignFund, owner, token + " Fremmed", "ACTIVE");
        final long grant = rows.grant(active, "1000000");
        final long reportOverdue = rows.report(active, "STATUS", today.minusDays(2), "DUE");
        final long reportApproved = rows.report(active, "STATUS", today.minusDays(9), "APPROVED");
        final long milestoneDelayed = rows.milestone(active, "Workshop", today.minusDays(1), "DELAYED");
        final long milestoneToday = rows.milestone(active, "Lancering", today, "PLANNED");
        final long milestoneCancelled = rows.milestone(active, "Aflyst", today.plusDays(3), "CANCELLED");
        final long trancheLastDay = rows.payment(grant, today.plusDays(30), "100000");
        final long tranchePastHorizon = rows.payment(grant, today.plusDays(31), "100000");
        final long tranchePaid = rows.paidPayment(grant, today.minusDays(5), "100000");
        final long ofWithdrawn = rows.report(withdrawn, "STATUS", today.minusDays(4), "DUE");
        final long ofForeign = rows.report(foreign, "STATUS", today.minusDays(4), "DUE");
    }

    private DeadlineSearch inFund(long fund) {
        return DeadlineSearch.firstPage(100).filtered(30, null, fund, false);
    }

    private static List<Long> ids(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::itemId).toList();
    }

    @Test
    void dueWithinTheDaysAskedForOrOverdueInTheCallersFundsOnly() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio();
            List<Deadline> rows = board.deadlines(inFund(p.fund));
            assertEquals(List.of(p.reportOverdue, p.milestoneDelayed, p.milestoneToday, p.trancheLastDay), ids(rows),
                    "by date; not the approved report, the cancelled milestone, the paid tranche, the 31st day, nor a withdrawn project's");
            assertEquals(4, board.count(inFund(p.fund)));
            assertTrue(rows.get(0).overdue());
            assertTrue(rows.get(1).overdue(), "a delayed milestone past its date is overdue");
            assertFalse(rows.get(2).overdue(), "due today is not overdue");
            assertEquals(token + " Bibliotek", rows.get(0).ownerName());

            List<Deadline> everyFund = board.deadlines(DeadlineSearch.firstPage(500).filtered(30, null, null, false));
            assertTrue(everyFund.stream().noneMatch(d -> d.projectId() == p.foreign), "never a fund the caller does not administer");
            assertTrue(everyFund.stream().anyMatch(d -> d.itemId() == p.reportOverdue && d.kind() == DeadlineKind.REPORT));
            assertEquals(List.of(), board.deadlines(inFund(p.foreignFund)), "a forged fund id shows nothing");
            assertEquals(0, board.count(inFund(p.foreignFund)));

            assertEquals(List.of(p.reportOverdue, p.milestoneDelayed, p.milestoneToday, p.trancheLastDay, p.tranchePastHorizon),
                    ids(board.deadlines(inFund(p.fund).filtered(31, null, p.fund, false))), "31 days ahead");
            assertEquals(List.of(p.reportOverdue, p.milestoneDelayed),
                    ids(board.deadlines(inFund(p.fund).filtered(30, null, p.fund, true))), "overdue only");
            assertEquals(List.of(p.milestoneDelayed, p.milestoneToday),
                    ids(board.deadlines(inFund(p.fund).filtered(30, DeadlineKind.MILESTONE, p.fund, false))), "one kind");
            return null;
        });
    }

    @Test
    void sortedAndPagedInTheDatabase() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio();
            DeadlineSearch search = inFund(p.fund);
            assertEquals(List.of(p.trancheLastDay, p.milestoneToday, p.milestoneDelayed, p.reportOverdue),
                    ids(board.deadlines(search.sortedBy(DeadlineSort.DUE_DATE, false))));
            assertEquals(List.of(DeadlineKind.MILESTONE, DeadlineKind.MILESTONE, DeadlineKind.PAYMENT, DeadlineKind.REPORT),
                    board.deadlines(search.sortedBy(DeadlineSort.KIND, true)).stream().map(Deadline::kind).toList());
            assertEquals(List.of(p.milestoneDelayed, p.milestoneToday), ids(board.deadlines(search.page(1, 2))));
            assertEquals(List.of(p.trancheLastDay), ids(board.deadlines(search.page(3, 2))));
            return null;
        });
    }

    @Test
    void aPageIsTwoStatementsWithTenAndWithAThousandProjects() throws Exception {
        assertEquals(measure(10), measure(1000));
        assertEquals(2L, measure(1000));
    }

    private long measure(int projects) throws Exception {
        return asAdmin.call(() -> {
            PortalRows rows = new PortalRows(em);
            long fund = administeredFund(rows);
            long owner = rows.organisation(token + " Bibliotek " + projects);
            em.createNativeQuery("""
                    insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                    select ?1, ?2, ?3 || ' ' || g, 'DEVELOPMENT', 'ACTIVE', 1000000, 'DKK' from generate_series(1, ?4) g""")
                    .setParameter(1, fund).setParameter(2, owner).setParameter(3, token).setParameter(4, projects).executeUpdate();
            em.createNativeQuery("""
                    insert into milestone (project_id, title, due_date, status)
                    select p.id, 'Milepæl', current_date + (p.id % 20)::int, 'PLANNED' from project p where p.fund_id = ?1""")
                    .setParameter(1, fund).executeUpdate();
            em.createNativeQuery("""
                    insert into report_obligation (project_id, report_type, due_date, status)
                    select p.id, 'STATUS', current_date - (p.id % 20)::int, 'DUE' from project p where p.fund_id = ?1""")
                    .setParameter(1, fund).executeUpdate();
            DeadlineSearch search = DeadlineSearch.firstPage(25).filtered(30, null, fund, false);
            board.count(search); // reads (and keeps, for this request) the caller's scope
            long[] loaded = new long[2];
            long statements = Statements.countWhile(emf, () -> {
                loaded[0] = board.count(search);
                loaded[1] = board.deadlines(search).size();
            });
            assertEquals(2L * projects, loaded[0]);
            assertEquals(Math.min(25, 2L * projects), loaded[1]);
            return statements;
        });
    }
}

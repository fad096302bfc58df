package dk.pulje.it.worklist;

import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.application.shared.Clocks;
import dk.pulje.application.worklist.Due;
import dk.pulje.application.worklist.DuePayment;
import dk.pulje.application.worklist.DueReport;
import dk.pulje.application.worklist.GrantSort;
import dk.pulje.application.worklist.PaymentSort;
import dk.pulje.application.worklist.ReportSort;
import dk.pulje.application.worklist.TodaysWork;
import dk.pulje.application.worklist.UnplannedGrant;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each work list holds at its date boundaries, and that it holds only the caller's administered funds. The rows
 * are written in SQL inside a transaction that is rolled back ({@link AdminRolledBack}); every project's title carries
 * a token of this run, so that the lists, filtered by it, show exactly these rows whatever other tests left behind.
 * "Today" is the funders' today (Europe/Copenhagen, {@link Clocks}), as the service reads it.
 */
@PuljeIntegrationTest
class WorkListServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(WorkListServiceIT.class, WorkListRows.class, AdminRolledBack.class, TestData.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    WorkListService workLists;

    @Inject
    AdminRolledBack asAdmin;

    @Inject
    UserAdminService users;

    private final String token = "Arbejdsliste " + UUID.randomUUID().toString().substring(0, 8);
    private LocalDate today;
    private long testFund;

    @BeforeEach
    void fund() {
        testFund = TestData.testFundId(); // committed once; admin administers it
        today = LocalDate.now(Clocks.DANISH_TIME);
    }

    /** The portfolio of the tests, written inside the caller's transaction. */
    private final class Portfolio {
        final WorkListRows rows = new WorkListRows(em);
        final long owner = rows.organisation(token + " Bibliotek");
        final long foreignFund = rows.foreignFund(token + " Fremmedpuljen");
        final long active = rows.project(testFund, owner, token + " Aktiv", "ACTIVE");
        final long withdrawn = rows.project(testFund, owner, token + " Trukket", "WITHDRAWN");
        final long foreign = rows.project(foreignFund, owner, token + " Fremmed", "ACTIVE");
        final long activeGrant = rows.grant(active, "1000000");
        final long withdrawnGrant = rows.grant(withdrawn, "100000");
        final long foreignGrant = rows.grant(foreign, "100000");

        final long yesterday = rows.payment(activeGrant, today.minusDays(1), "100000");
        final long dueToday = rows.payment(activeGrant, today, "100000");
        final long lastDay = rows.payment(activeGrant, today.plusDays(30), "100000");
        final long pastHorizon = rows.payment(activeGrant, today.plusDays(31), "100000");
        final long paid = rows.paidPayment(activeGrant, today.minusDays(10), "100000");
        final long ofWithdrawn = rows.payment(withdrawnGrant, today.minusDays(5), "50000");
        final long ofForeign = rows.payment(foreignGrant, today.minusDays(5), "50000");

        final long reportOverdue = rows.report(active, "STATUS", today.minusDays(1), "DUE");
        final long reportToday = rows.report(active, "MIDWAY", today, "DUE");
        final long reportReturned = rows.report(active, "FINAL", today.plusDays(30), "RETURNED");
        final long reportPastHorizon = rows.report(active, "ACCOUNTS", today.plusDays(31), "DUE");
        final long reportSubmitted = rows.report(active, "STATUS", today.minusDays(3), "SUBMITTED");
        final long reportApproved = rows.report(active, "STATUS", today.minusDays(3), "APPROVED");
        final long reportOfWithdrawn = rows.report(withdrawn, "STATUS", today.minusDays(3), "DUE");
        final long reportOfForeign = rows.report(foreign, "STATUS", today.minusDays(3), "DUE");

        Portfolio() {
            long second = rows.contact(owner, "Bo Andersen", "bo@example.dk");
            long first = rows.contact(owner, "Anne Hansen", "anne@example.dk");
            rows.projectContact(active, 1, second, "Økonomi");
            rows.projectContact(active, 0, first, "Projektleder");
        }
    }

    private <S extends Enum<S> & dk.pulje.application.worklist.WorkListSort> WorkListSearch<S> mine(S sort) {
        return WorkListSearch.firstPage(sort, true, 100).withText(token);
    }

    @Test
    void paymentsDueWithinThirtyDaysAndOverdueOnesUnpaidOnly() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio();
            List<DuePayment> all = workLists.payments(mine(PaymentSort.PLANNED_DATE));
            assertEquals(List.of(p.yesterday, p.dueToday, p.lastDay), all.stream().map(DuePayment::paymentId).toList(),
                    "yesterday's, today's and the 30th day's; not the 31st, not the paid one, not a withdrawn project's, not another fund's");
            assertEquals(3, workLists.countPayments(mine(PaymentSort.PLANNED_DATE)));
            assertTrue(all.get(0).overdueOn(today), "yesterday's is overdue");
            assertFalse(all.get(1).overdueOn(today), "today's is due, not overdue");
            assertEquals(Money.dkk("100000"), all.get(0).amount());
            assertEquals(token + " Bibliotek", all.get(0).ownerName());

            assertEquals(List.of(p.yesterday), workLists.payments(mine(PaymentSort.PLANNED_DATE).withDue(Due.OVERDUE))
                    .stream().map(DuePayment::paymentId).toList());
            assertEquals(2, workLists.countPayments(mine(PaymentSort.PLANNED_DATE).withDue(Due.COMING)));
            assertEquals(List.of(p.lastDay, p.dueToday, p.yesterday),
                    workLists.payments(mine(PaymentSort.PLANNED_DATE).sortedBy(PaymentSort.PLANNED_DATE, false))
                            .stream().map(DuePayment::paymentId).toList());
            return null;
        });
    }

    @Test
    void grantsWhosePlanDoesNotCoverTheGrant() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio();
            // The active grant: 1.000.000 kr. granted, 5 × 100.000 kr. planned (the paid tranche counts as planned).
            List<UnplannedGrant> grants = workLists.unplannedGrants(mine(GrantSort.UNPLANNED));
            assertEquals(List.of(p.activeGrant), grants.stream().map(UnplannedGrant::grantId).toList(),
                    "not the withdrawn project's, not another fund's");
            assertEquals(Money.dkk("500000"), grants.get(0).planned());
            assertEquals(Money.dkk("500000"), grants.get(0).unplanned());

            p.rows.undatedPayment(p.activeGrant, "500000"); // planned, without a date yet: now the plan covers the grant
            assertEquals(0, workLists.countUnplannedGrants(mine(GrantSort.UNPLANNED)));
            return null;
        });
    }

    @Test
    void reportsDueWithinThirtyDaysAndOverdueOnesWithTheFirstContact() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio();
            List<DueReport> reports = workLists.reports(mine(ReportSort.DUE_DATE));
            assertEquals(List.of(p.reportOverdue, p.reportToday, p.reportReturned), reports.stream().map(DueReport::reportId).toList(),
                    "due or returned up to the 30th day; not submitted or approved ones, not the 31st day, not a withdrawn project's, not another fund's");
            assertEquals(3, workLists.countReports(mine(ReportSort.DUE_DATE)));
            assertTrue(reports.get(0).overdueOn(today));
            assertFalse(reports.get(1).overdueOn(today));
            DueReport first = reports.get(0);
            assertEquals("Anne Hansen", first.contactName(), "the contact at position 0, not the one added first");
            assertEquals("Projektleder", first.contactRole());
            assertEquals("anne@example.dk", first.contactEmail());
            assertEquals(token + " Bibliotek", first.ownerName());
            assertEquals(List.of(p.reportOverdue), workLists.reports(mine(ReportSort.DUE_DATE).withDue(Due.OVERDUE))
                    .stream().map(DueReport::reportId).toList());

            long noContacts = p.rows.project(testFund, p.owner, token + " Uden kontakt", "ACTIVE");
            p.rows.report(noContacts, "FINAL", today, "DUE");
            DueReport without = workLists.reports(mine(ReportSort.DUE_DATE).withText(token + " Uden")).get(0);
            assertNull(without.contactName(), "a project without contacts is still listed");
            return null;
        });
    }

    @Test
    void anotherFundsRowsNeverShowNotEvenAskedForByItsId() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio();
            assertEquals(0, workLists.countPayments(mine(PaymentSort.PLANNED_DATE).withFund(p.foreignFund)));
            assertEquals(0, workLists.countUnplannedGrants(mine(GrantSort.UNPLANNED).withFund(p.foreignFund)));
            assertEquals(0, workLists.countReports(mine(ReportSort.DUE_DATE).withFund(p.foreignFund)));
            assertTrue(workLists.payments(mine(PaymentSort.PLANNED_DATE).withFund(p.foreignFund)).isEmpty());
            assertFalse(workLists.funds().stream().anyMatch(f -> f.id() == p.foreignFund), "nor is it offered in the filter");
            assertTrue(workLists.funds().stream().anyMatch(f -> f.id() == testFund));
            return null;
        });
    }

    @Test
    void theStartPageCountsWhatTheListsHold() throws Exception {
        asAdmin.call(() -> {
            TodaysWork before = workLists.todaysWork();
            Portfolio p = new Portfolio();
            p.rows.project(testFund, p.owner, token + " Ny ansøgning", "APPLICATION_RECEIVED");
            p.rows.project(testFund, p.owner, token + " Under behandling", "UNDER_REVIEW");
            p.rows.project(p.foreignFund, p.owner, token + " Fremmed ansøgning", "APPLICATION_RECEIVED");
            TodaysWork after = workLists.todaysWork();
            assertEquals(1, after.paymentsOverdue() - before.paymentsOverdue());
            assertEquals(2, after.paymentsComing() - before.paymentsComing());
            assertEquals(1, after.grantsNotFullyPlanned() - before.grantsNotFullyPlanned());
            assertEquals(1, after.reportsOverdue() - before.reportsOverdue());
            assertEquals(2, after.reportsComing() - before.reportsComing());
            assertEquals(1, after.applicationsReceived() - before.applicationsReceived(), "not the other fund's application");
            assertEquals(1, after.applicationsUnderReview() - before.applicationsUnderReview());
            return null;
        });
    }

    /**
     * The mixed user administers the test fund and reads Udviklingspuljen as regional staff: the AI project's overdue
     * final report (seed 000, due 31.12.2025) is admin's work, not theirs, though they read the project.
     */
    @Test
    @AsDemoUser(DemoUser.SYSADMIN)
    void aFundReadAsRegionalStaffIsNoWorkOfTheirs() throws Exception {
        long administered = TestData.testFundId();
        long read = ((Number) em.createNativeQuery("select id from fund where short_name = 'Udviklingspuljen'")
                .getSingleResult()).longValue();
        if (users.users().stream().noneMatch(u -> u.username().equals("mixed-roles"))) {
            users.create(new NewUser("mixed-roles", "Blandede roller", null, "To roller i to puljer".toCharArray(),
                    Set.of(Role.FUND_ADMIN, Role.REGIONAL_STAFF), Set.of(), Set.of(administered), Set.of(read)));
        }
        WorkListSearch<ReportSort> ai = WorkListSearch.firstPage(ReportSort.DUE_DATE, true, 10).withText("AI i borgernes");
        long forAdmin = DemoUser.ADMIN.call(() -> workLists.countReports(ai));
        assertTrue(forAdmin >= 1, "admin administers Udviklingspuljen: the final report is overdue");
        DemoUser.MIXED_ROLES.run(() -> {
            assertEquals(0, workLists.countReports(ai));
            assertTrue(workLists.reports(ai.withFund(read)).isEmpty());
            assertFalse(workLists.funds().stream().anyMatch(f -> f.id() == read), "not offered in the filter");
            assertTrue(workLists.funds().stream().anyMatch(f -> f.id() == administered));
        });
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffHaveNoWorkLists() {
        assertThrows(EJBAccessException.class, () -> workLists.todaysWork());
        assertThrows(EJBAccessException.class, () -> workLists.countPayments(mine(PaymentSort.PLANNED_DATE)));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void applicantsHaveNoWorkLists() {
        assertThrows(EJBAccessException.class, () -> workLists.reports(mine(ReportSort.DUE_DATE)));
        assertThrows(EJBAccessException.class, () -> workLists.unplannedGrants(mine(GrantSort.UNPLANNED)));
    }
}

package dk.pulje.it.dashboard;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.MoneyDashboardService;
import dk.pulje.application.dashboard.MoneyFigures;
import dk.pulje.application.dashboard.MonthFigures;
import dk.pulje.application.dashboard.OverdueReport;
import dk.pulje.application.dashboard.OverdueReportPage;
import dk.pulje.application.dashboard.OverdueReportService;
import dk.pulje.application.dashboard.Timeline;
import dk.pulje.application.dashboard.TimelineDeadline;
import dk.pulje.application.dashboard.TimelineProject;
import dk.pulje.application.dashboard.TimelineService;
import dk.pulje.application.security.ScopePerRequest;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money, timeline and overdue-report dashboards (issue 11, Q4 and Q5) against figures worked out by hand: each
 * test writes a fund of its own (administered by admin, or read by region as regional staff) with grants, tranches,
 * payments and reports dated relative to today, inside a transaction that is rolled back; plus the seed's figures
 * from the documents, and the statement count with a small and a large portfolio.
 */
@PuljeIntegrationTest
class MoneyTimelineReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(MoneyTimelineReportsIT.class, MoneyRows.class, RegionRolledBack.class,
                MoneyTimelineReportsIT.Portfolio.class, Statements.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @Inject
    MoneyDashboardService money;

    @Inject
    OverdueReportService overdue;

    @Inject
    TimelineService timelines;

    @Inject
    AdminRolledBack asAdmin;

    @Inject
    RegionRolledBack asRegion;

    @Inject
    ScopePerRequest scopeOfThisRequest;

    private final String token = "Penge " + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(Clocks.DANISH_TIME);
    private final YearMonth thisMonth = YearMonth.from(today);

    /** The hand-made portfolio; the amounts in the comments are what the dashboards must show. */
    final class Portfolio {
        final MoneyRows rows = new MoneyRows(em);
        final long[] fund = rows.fund(token + " Pengepuljen");
        final long[] foreignFund = rows.fund(token + " Fremmedpuljen");
        final long owner = rows.organisation(token + " Bibliotek");
        final long a = rows.project(fund, owner, token + " A", "ACTIVE", "Odense", today.minusMonths(6), today.plusMonths(6));
        final long b = rows.project(fund, owner, token + " B", "ACTIVE", "Vejle", today.plusMonths(1), null);
        final long c = rows.project(fund, owner, token + " C", "REJECTED", "Odense", null, null);
        final long e = rows.project(fund, owner, token + " E", "WITHDRAWN", "Odense", today.minusYears(3), today.minusYears(2));
        final long d = rows.project(foreignFund, owner, token + " D", "ACTIVE", "Odense", today.minusMonths(1), today.plusMonths(1));
        // A: granted 1.000.000; paid 200.000 two months ago and 100.000 fourteen months ago (before the history shown);
        // planned and unpaid 300.000 next month, 50.000 last month (overdue), 25.000 without a date. Σ planned 675.000.
        final long ga = rows.grant(a, "1000000");
        final long paidTwoMonthsAgo = rows.paid(ga, thisMonth.minusMonths(2).atDay(15), "200000");
        final long paidLongAgo = rows.paid(ga, thisMonth.minusMonths(14).atDay(3), "100000");
        final long nextMonth = rows.tranche(ga, thisMonth.plusMonths(1).atDay(10), "300000");
        final long lastMonthUnpaid = rows.tranche(ga, thisMonth.minusMonths(1).atDay(5), "50000");
        final long undated = rows.tranche(ga, null, "25000");
        // B: granted 500.000; planned 100.000 in the eleventh month ahead (the last shown) and 70.000 in the twelfth.
        final long gb = rows.grant(b, "500000");
        final long lastShown = rows.tranche(gb, thisMonth.plusMonths(11).atDay(28), "100000");
        final long beyond = rows.tranche(gb, thisMonth.plusMonths(12).atDay(1), "70000");
        // C: applied, never granted; D: another fund's.
        final long gc = rows.undecidedGrant(c, "400000");
        final long gd = rows.grant(d, "9999000");
        final long foreignPaid = rows.paid(gd, thisMonth.minusMonths(1).atDay(2), "1000");
        // Reports: A owes a status report 10 days late and a returned midway report 3 days late; its final report is
        // due today (not late) and an old status report is approved. B's final report is 40 days late. The withdrawn
        // project's and the foreign fund's late reports are nobody's business here.
        final long statusLate = rows.report(a, "STATUS", today.minusDays(10), "DUE");
        final long midwayReturned = rows.report(a, "MIDWAY", today.minusDays(3), "RETURNED");
        final long finalToday = rows.report(a, "FINAL", today, "DUE");
        final long approved = rows.report(a, "STATUS", today.minusDays(30), "APPROVED");
        final long finalLate = rows.report(b, "FINAL", today.minusDays(40), "DUE");
        final long ofWithdrawn = rows.report(e, "STATUS", today.minusDays(50), "DUE");
        final long ofForeign = rows.report(d, "STATUS", today.minusDays(60), "DUE");

        Portfolio(String username, String role) {
            rows.give(username, fund[0], role);
            rows.contact(a, 1, owner, token + " Ole Anden", null);
            rows.contact(a, 0, owner, token + " Karen Kontakt", "karen@example.org");
            scopeOfThisRequest.forget();
        }

        DashboardFilter filter() {
            return DashboardFilter.ofFund(fund[0]);
        }
    }

    private static Money kr(String amount) {
        return Money.dkk(amount);
    }

    private Map<YearMonth, MonthFigures> byMonth(MoneyFigures figures) {
        return figures.months().stream().collect(Collectors.toMap(MonthFigures::month, m -> m));
    }

    private void assertMoneyOfTheFund(MoneyFigures f) {
        assertEquals(today, f.today());
        assertEquals(2, f.grants(), "A and B; C was never granted, D is another fund's");
        assertEquals(kr("1500000"), f.granted());
        assertEquals(kr("300000"), f.paid(), "every payment, also those before the months shown");
        assertEquals(0, new BigDecimal("0.2000").compareTo(f.paidShare()), "300.000 of 1.500.000");
        assertEquals(kr("845000"), f.planned(), "675.000 + 170.000, paid tranches included");
        assertEquals(kr("655000"), f.unplanned(), "325.000 + 330.000");
        assertEquals(kr("50000"), f.overdue());
        assertEquals(kr("25000"), f.undated());

        assertEquals(23, f.months().size(), "12 back and 12 ahead, this month in both, empty months too");
        assertEquals(thisMonth.minusMonths(11), f.months().get(0).month());
        assertEquals(thisMonth.plusMonths(11), f.months().get(22).month());
        Map<YearMonth, MonthFigures> months = byMonth(f);
        assertEquals(kr("200000"), months.get(thisMonth.minusMonths(2)).paid());
        assertEquals(kr("300000"), months.get(thisMonth.plusMonths(1)).planned());
        assertEquals(kr("100000"), months.get(thisMonth.plusMonths(11)).planned());
        assertEquals(kr("200000"), f.months().stream().map(MonthFigures::paid).reduce(Money::plus).orElseThrow(),
                "nothing else paid in the months shown");
        assertEquals(kr("400000"), f.months().stream().map(MonthFigures::planned).reduce(Money::plus).orElseThrow(),
                "not last month's unpaid tranche (overdue), not the undated one, not the twelfth month ahead");
        assertEquals(kr("0"), months.get(thisMonth).paid());
    }

    @Test
    void paidAgainstGrantedAndMonthByMonthForAFundAdministrator() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio("admin", "FUND_ADMIN");
            assertMoneyOfTheFund(money.figures(p.filter()));

            MoneyFigures vejle = money.figures(new DashboardFilter(p.fund[0], null, null, null, "Vejle", null, null, null));
            assertEquals(kr("500000"), vejle.granted());
            assertEquals(kr("0"), vejle.paid());
            assertEquals(0, BigDecimal.ZERO.compareTo(vejle.paidShare()));
            assertEquals(kr("330000"), vejle.unplanned());
            assertEquals(kr("100000"), byMonth(vejle).get(thisMonth.plusMonths(11)).planned());

            MoneyFigures forged = money.figures(DashboardFilter.ofFund(p.foreignFund[0]));
            assertEquals(0, forged.grants(), "a fund outside the caller's portfolio shows nothing");
            assertEquals(kr("0"), forged.granted());
            assertNull(forged.paidShare(), "no share of nothing");
            return null;
        });
    }

    @Test
    void regionalStaffSeeTheirFundsFiguresToo() throws Exception {
        asRegion.call(() -> {
            Portfolio p = new Portfolio("region", "REGIONAL_STAFF");
            assertMoneyOfTheFund(money.figures(p.filter()));
            OverdueReportPage page = overdue.overdue(p.filter(), 0, 100);
            assertEquals(List.of(p.finalLate, p.statusLate, p.midwayReturned), page.rows().stream().map(OverdueReport::reportId).toList());
            assertEquals(2, timelines.timeline(p.filter()).projects().size());
            return null;
        });
    }

    @Test
    void overdueReportsMostOverdueFirstWithOwnerAndFirstContact() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio("admin", "FUND_ADMIN");
            OverdueReportPage page = overdue.overdue(p.filter(), 0, 100);
            assertEquals(today, page.today());
            assertEquals(3, page.total());
            assertEquals(List.of(p.finalLate, p.statusLate, p.midwayReturned), page.rows().stream().map(OverdueReport::reportId).toList(),
                    "not due today, not approved, not a withdrawn project's, not another fund's");
            assertEquals(List.of(40L, 10L, 3L), page.rows().stream().map(OverdueReport::daysOverdue).toList());
            OverdueReport status = page.rows().get(1);
            assertEquals(token + " A", status.projectTitle());
            assertEquals(token + " Pengepuljen", status.fundName());
            assertEquals(token + " Pengepuljen runde", status.roundName());
            assertEquals(token + " Bibliotek", status.ownerName());
            assertEquals(token + " Karen Kontakt", status.contactName(), "the first contact by position");
            assertEquals("karen@example.org", status.contactEmail());
            assertEquals(ReportType.STATUS, status.type());
            assertEquals(today.minusDays(10), status.dueDate());
            assertNull(page.rows().get(0).contactName(), "B names no contact");

            assertEquals(List.of(p.statusLate), overdue.overdue(p.filter(), 1, 1).rows().stream().map(OverdueReport::reportId).toList(),
                    "paged in the database");
            assertEquals(3, overdue.overdue(p.filter(), 1, 1).total());
            assertEquals(List.of(), overdue.overdue(p.filter(), 3, 10).rows());
            assertEquals(List.of(p.finalLate), overdue.overdue(new DashboardFilter(p.fund[0], null, null, null, "Vejle", null,
                    null, null), 0, 10).rows().stream().map(OverdueReport::reportId).toList());
            assertEquals(0, overdue.overdue(DashboardFilter.ofFund(p.foreignFund[0]), 0, 10).total());
            assertThrows(Exception.class, () -> overdue.overdue(p.filter(), 0, 501), "a page is at most 500 rows");
            return null;
        });
    }

    @Test
    void theTimelineShowsPeriodsMeetingTheWindowWithTheirReportDeadlines() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio("admin", "FUND_ADMIN");
            Timeline t = timelines.timeline(p.filter());
            assertEquals(today.minusMonths(12), t.windowStart());
            assertEquals(today.plusMonths(24), t.windowEnd());
            assertEquals(2, t.total(), "C has no period, E ended two years ago");
            assertFalse(t.isCut());
            List<TimelineProject> shown = t.projects();
            assertEquals(List.of(p.a, p.b), shown.stream().map(TimelineProject::projectId).toList(), "by start");
            assertEquals(today.minusDays(10), shown.get(0).nextReport(), "the earliest open report, overdue included");
            assertEquals(2, shown.get(0).overdueReports());
            assertEquals(ProjectStatus.ACTIVE, shown.get(0).status());
            assertNull(shown.get(1).end());
            assertEquals(1, shown.get(1).overdueReports());
            assertEquals(List.of(p.finalLate, p.approved, p.statusLate, p.midwayReturned, p.finalToday),
                    t.deadlines().stream().map(TimelineDeadline::reportId).toList());
            assertEquals(List.of(true, false, true, true, false), t.deadlines().stream().map(TimelineDeadline::overdue).toList());
            return null;
        });
    }

    @Test
    void theTimelineIsLimitedInSqlAndSaysHowManyThereAre() throws Exception {
        asAdmin.call(() -> {
            Portfolio p = new Portfolio("admin", "FUND_ADMIN");
            manyProjects(p, TimelineService.LIMIT + 20);
            Timeline t = timelines.timeline(p.filter());
            assertEquals(TimelineService.LIMIT + 22L, t.total());
            assertEquals(TimelineService.LIMIT, t.projects().size());
            assertTrue(t.isCut());
            assertEquals(p.a, t.projects().get(0).projectId(), "the earliest start first");
            return null;
        });
    }

    private void manyProjects(Portfolio p, int count) {
        em.createNativeQuery("""
                insert into project (fund_id, round_id, owner_id, title, project_type, status, town, start_date, end_date,
                                     total_amount, total_currency)
                select ?1, ?2, ?3, ?4 || ' mange ' || g, 'DEVELOPMENT', 'ACTIVE', 'Odense', cast(?5 as date) + 1 + g % 300, cast(?5 as date) + 400 + g % 300,
                       1000000, 'DKK' from generate_series(1, ?6) g""")
                .setParameter(1, p.fund[0]).setParameter(2, p.fund[1]).setParameter(3, p.owner).setParameter(4, token)
                .setParameter(5, today.minusMonths(3)).setParameter(6, count).executeUpdate();
        em.createNativeQuery("""
                insert into project_grant (project_id, granted_amount, granted_currency, decision_date, planned_total)
                select p.id, 100000, 'DKK', date '2024-01-15', 100000 from project p where p.fund_id = ?1 and p.title like ?2""")
                .setParameter(1, p.fund[0]).setParameter(2, token + " mange %").executeUpdate();
        em.createNativeQuery("""
                insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                select g.id, cast(?2 as date) - (g.id % 300)::int, 100000, 'DKK', cast(?2 as date) - (g.id % 300)::int, 100000, 'DKK'
                from project_grant g join project p on p.id = g.project_id where p.fund_id = ?1 and p.title like ?3""")
                .setParameter(1, p.fund[0]).setParameter(2, today).setParameter(3, token + " mange %").executeUpdate();
        em.createNativeQuery("""
                insert into report_obligation (project_id, report_type, due_date, status)
                select p.id, 'STATUS', cast(?2 as date) - 1 - (p.id % 20)::int, 'DUE' from project p where p.fund_id = ?1 and p.title like ?3""")
                .setParameter(1, p.fund[0]).setParameter(2, today).setParameter(3, token + " mange %").executeUpdate();
    }

    /** Seed 002 as the press release states it: Uddannelsespuljen 2024 granted 19.944.000 kr.; nothing is paid yet. */
    @Test
    void theSeedsFiguresForRegionalStaff() throws Exception {
        long round = ((Number) em.createNativeQuery("select id from funding_round where name = 'Uddannelsespuljen 2024'")
                .getSingleResult()).longValue();
        DemoUser.REGION.call(() -> {
            MoneyFigures f = money.figures(DashboardFilter.ofRound(round));
            assertEquals(kr("19944000"), f.granted());
            assertEquals(kr("0"), f.paid());
            assertEquals(0, BigDecimal.ZERO.compareTo(f.paidShare()));
            assertEquals(kr("19944000"), f.unplanned(), "no tranche is planned in the seed");
            assertTrue(f.months().stream().allMatch(m -> m.paid().isZero() && m.planned().isZero()));

            // Seed 000: "AI i borgernes hænder" owes its final report by 31 December 2025; Loke Andersen is its contact.
            OverdueReportPage page = overdue.overdue(DashboardFilter.NONE, 0, 500);
            OverdueReport ai = page.rows().stream().filter(r -> r.projectTitle().equals("AI i borgernes hænder")).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2025, 12, 31), ai.dueDate());
            assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2025, 12, 31), today), ai.daysOverdue());
            assertEquals(ReportType.FINAL, ai.type());
            assertEquals("Randers Bibliotek", ai.ownerName());
            assertEquals("Loke Andersen", ai.contactName());
            assertEquals("lda@randersbib.dk", ai.contactEmail());
            assertEquals("Udviklingspuljen", ai.fundName());
            return null;
        });
    }

    @Test
    void applicantsAndSystemAdministratorsReadNone() {
        assertThrows(EJBAccessException.class, () -> DemoUser.RANDERS.call(() -> money.figures(DashboardFilter.NONE)));
        assertThrows(EJBAccessException.class, () -> DemoUser.RANDERS.call(() -> overdue.overdue(DashboardFilter.NONE, 0, 10)));
        assertThrows(EJBAccessException.class, () -> DemoUser.SYSADMIN.call(() -> timelines.timeline(DashboardFilter.NONE)));
    }

    @Test
    void eachDashboardIsTwoStatementsWithASmallAndALargePortfolio() throws Exception {
        assertEquals(List.of(2L, 2L, 2L), measure(0));
        assertEquals(List.of(2L, 2L, 2L), measure(1000));
    }

    /** Statements of a money, an overdue-report and a timeline request, after the caller's scope is read. */
    private List<Long> measure(int extraProjects) throws Exception {
        return asAdmin.call(() -> {
            Portfolio p = new Portfolio("admin", "FUND_ADMIN");
            manyProjects(p, extraProjects);
            DashboardFilter filter = p.filter();
            money.figures(filter); // reads (and keeps, for this request) the caller's scope
            long[] seen = new long[3];
            List<Long> counts = List.of(
                    count(() -> seen[0] = money.figures(filter).grants()),
                    count(() -> seen[1] = overdue.overdue(filter, 0, 25).total()),
                    count(() -> seen[2] = timelines.timeline(filter).total()));
            assertEquals(2L + extraProjects, seen[0], "the data really was read");
            assertEquals(3L + extraProjects, seen[1]);
            assertEquals(2L + extraProjects, seen[2]);
            return counts;
        });
    }

    private long count(Callable<Object> work) {
        return Statements.countWhile(emf, () -> {
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

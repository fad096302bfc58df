package dk.pulje.it.portal;

import dk.pulje.application.portal.Deadline;
import dk.pulje.application.portal.DeadlineBoardService;
import dk.pulje.application.portal.DeadlineKind;
import dk.pulje.application.portal.DeadlineSearch;
import dk.pulje.application.portal.MyProject;
import dk.pulje.application.portal.PortalService;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant's "Mine projekter" and deadline calendar: randers (Randers Bibliotek) sees the projects Randers
 * Bibliotek owns and those it takes part in (marked partner), never another organisation's; granted, Σ paid, the next
 * deadline and what is overdue are right at their boundaries; each page is a fixed number of statements. The rows are
 * written in SQL inside a transaction that is rolled back ({@link RandersRolledBack}); their titles carry a token of
 * this run.
 */
@PuljeIntegrationTest
class PortalServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(PortalServiceIT.class, PortalRows.class, RandersRolledBack.class,
                TestData.class, Statements.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @Inject
    PortalService portal;

    @Inject
    DeadlineBoardService board;

    @Inject
    RandersRolledBack asRanders;

    private final String token = "Portal " + UUID.randomUUID().toString().substring(0, 8);
    private LocalDate today;
    private long fund;

    @BeforeEach
    void fund() {
        fund = TestData.testFundId();
        today = LocalDate.now(Clocks.DANISH_TIME);
    }

    /** Randers Bibliotek's projects and others', written inside the caller's transaction. */
    private final class Portfolio {
        final PortalRows rows = new PortalRows(em);
        final long randers = rows.organisationNamed("Randers Bibliotek");
        final long other = rows.organisation(token + " Andet Bibliotek");
        final long owned = rows.project(fund, randers, token + " Eget", "ACTIVE");
        final long partnered = rows.project(fund, other, token + " Partner", "ACTIVE");
        final long foreign = rows.project(fund, other, token + " Fremmed", "ACTIVE");
        final long closed = rows.project(fund, randers, token + " Lukket", "CLOSED");
        final long applied = rows.project(fund, randers, token + " Ansøgt", "APPLICATION_RECEIVED");
        final long ownedGrant = rows.grant(owned, "500000");
        final long paid = rows.paidPayment(ownedGrant, today.minusDays(40), "100000");
        final long tranche = rows.payment(ownedGrant, today.plusDays(10), "200000");
        final long reportOverdue = rows.report(owned, "STATUS", today.minusDays(3), "DUE");
        final long reportSubmitted = rows.report(owned, "STATUS", today.minusDays(10), "SUBMITTED");
        final long reportNextYear = rows.report(owned, "FINAL", today.plusMonths(13), "DUE");
        final long milestone = rows.milestone(owned, "Prototype klar", today.plusDays(5), "PLANNED");
        final long reached = rows.milestone(owned, "Opstart", today.minusDays(20), "REACHED");
        final long partnerReport = rows.report(partnered, "MIDWAY", today.plusDays(20), "RETURNED");
        final long foreignReport = rows.report(foreign, "STATUS", today.minusDays(1), "DUE");
        final long closedReport = rows.report(closed, "STATUS", today.minusDays(5), "DUE");

        Portfolio() {
            rows.partner(partnered, randers);
            rows.grant(partnered, "300000");
        }
    }

    private Map<String, MyProject> mine(List<MyProject> all) {
        return all.stream().filter(p -> p.title().startsWith(token))
                .collect(Collectors.toMap(p -> p.title().substring(token.length() + 1), Function.identity()));
    }

    @Test
    void randersSeesTheOrganisationsOwnProjectsAndThoseItTakesPartInNeverAnothers() throws Exception {
        asRanders.call(() -> {
            new Portfolio();
            List<MyProject> all = portal.myProjects(0, 500);
            Map<String, MyProject> mine = mine(all);
            assertEquals(java.util.Set.of("Eget", "Partner", "Lukket", "Ansøgt"), mine.keySet(), "not another organisation's");
            assertTrue(all.stream().anyMatch(p -> p.title().equals("AI i borgernes hænder")), "the seed's project of Randers Bibliotek");
            assertFalse(all.stream().anyMatch(p -> p.title().startsWith("Læringsfællesskaber")), "never Aarhus's");
            assertEquals(all.size(), portal.countMyProjects());

            MyProject owned = mine.get("Eget");
            assertFalse(owned.partner());
            assertTrue(owned.canReport(), "the owner of a running project reports");
            assertEquals(Money.dkk("500000"), owned.granted());
            assertEquals(Money.dkk("100000"), owned.paid(), "paid so far: the paid tranche only");

            MyProject partner = mine.get("Partner");
            assertTrue(partner.partner(), "marked partner");
            assertFalse(partner.canReport(), "a partner reads, only the owner reports");
            assertEquals(token + " Andet Bibliotek", partner.ownerName());
            assertEquals(Money.dkk("0"), partner.paid(), "a grant without payments has paid nothing");

            MyProject applied = mine.get("Ansøgt");
            assertNull(applied.granted(), "not decided: unknown, not zero");
            assertNull(applied.paid());
            assertFalse(applied.canReport(), "an application reports nothing yet");
            assertFalse(mine.get("Lukket").canReport());
            return null;
        });
    }

    @Test
    void theNextDeadlineIsTheEarliestOpenItemAndAnythingOverdueComesFirst() throws Exception {
        asRanders.call(() -> {
            new Portfolio();
            List<MyProject> all = portal.myProjects(0, 500);
            Map<String, MyProject> mine = mine(all);
            MyProject owned = mine.get("Eget");
            assertEquals(today.minusDays(3), owned.nextDeadline(), "the overdue report, not the submitted one");
            assertEquals(DeadlineKind.REPORT, owned.nextKind());
            assertEquals(1, owned.overdueCount(), "one open item past its date; the reached milestone and the paid tranche are done");
            assertTrue(owned.isOverdue());

            MyProject partner = mine.get("Partner");
            assertEquals(today.plusDays(20), partner.nextDeadline(), "a returned report is owed again");
            assertEquals(0, partner.overdueCount());

            MyProject closed = mine.get("Lukket");
            assertNull(closed.nextDeadline(), "a closed project owes nothing");
            assertEquals(0, closed.overdueCount());
            assertNull(mine.get("Ansøgt").nextDeadline());

            List<String> order = all.stream().map(MyProject::title).filter(t -> t.startsWith(token)).toList();
            assertEquals(token + " Eget", order.get(0), "overdue first: " + order);
            assertTrue(order.indexOf(token + " Partner") < order.indexOf(token + " Ansøgt"), "then by the next deadline, none last");
            assertTrue(all.get(0).isOverdue() || all.stream().noneMatch(MyProject::isOverdue), "overdue first across all");

            assertEquals(1, portal.myProjects(0, 1).size(), "paged in the database");
            assertEquals(all.size() - 1, portal.myProjects(1, 500).size());
            assertEquals(all.get(1).projectId(), portal.myProjects(1, 1).get(0).projectId());
            return null;
        });
    }

    @Test
    void theCalendarHoldsTheOpenReportsMilestonesAndTranchesOfTheCallersProjects() throws Exception {
        asRanders.call(() -> {
            Portfolio p = new Portfolio();
            List<Deadline> mine = portal.myDeadlines(PortalService.CALENDAR_MONTHS).stream()
                    .filter(d -> d.projectTitle().startsWith(token)).toList();
            assertEquals(List.of(p.reportOverdue, p.milestone, p.tranche, p.partnerReport), mine.stream().map(Deadline::itemId).toList(),
                    "by date; not the submitted report, the reached milestone, the paid tranche, a closed or another "
                            + "organisation's project, nor what falls due beyond twelve months");
            assertEquals(List.of(DeadlineKind.REPORT, DeadlineKind.MILESTONE, DeadlineKind.PAYMENT, DeadlineKind.REPORT),
                    mine.stream().map(Deadline::kind).toList());
            assertTrue(mine.get(0).overdue());
            assertFalse(mine.get(1).overdue());
            assertEquals("STATUS", mine.get(0).detail());
            assertEquals("Prototype klar", mine.get(1).detail());
            assertEquals(Money.dkk("200000"), mine.get(2).amount());
            assertNull(mine.get(0).amount());
            return null;
        });
    }

    @Test
    void eachPageIsAFixedNumberOfStatements() throws Exception {
        asRanders.call(() -> {
            new Portfolio();
            portal.countMyProjects(); // reads (and keeps, for this request) the caller's scope
            assertEquals(2, Statements.countWhile(emf, () -> {
                portal.countMyProjects();
                portal.myProjects(0, 25);
            }), "count and window, with Σ paid and the next deadline aggregated in the window's statement");
            assertEquals(1, Statements.countWhile(emf, () -> portal.myDeadlines(PortalService.CALENDAR_MONTHS)),
                    "the calendar is one UNION ALL");
            return null;
        });
    }

    @Test
    void theApplicantsPagesAreTheApplicantsAndTheBoardIsTheAdministrators() {
        for (DemoUser who : List.of(DemoUser.ADMIN, DemoUser.REGION, DemoUser.SYSADMIN)) {
            assertThrows(EJBAccessException.class, () -> who.call(() -> portal.myProjects(0, 10)), who.name());
            assertThrows(EJBAccessException.class, () -> who.call(portal::countMyProjects), who.name());
            assertThrows(EJBAccessException.class, () -> who.call(() -> portal.myDeadlines(12)), who.name());
        }
        for (DemoUser who : List.of(DemoUser.RANDERS, DemoUser.REGION, DemoUser.SYSADMIN)) {
            assertThrows(EJBAccessException.class, () -> who.call(() -> board.deadlines(DeadlineSearch.firstPage(10))), who.name());
            assertThrows(EJBAccessException.class, () -> who.call(() -> board.count(DeadlineSearch.firstPage(10))), who.name());
        }
    }
}

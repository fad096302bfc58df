package dk.pulje.it.reminder;

import dk.pulje.application.cluster.JobClaims;
import dk.pulje.application.reminder.ReminderRun;
import dk.pulje.application.reminder.ReminderService;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On two servers both reminder timers fire at :05 (issue 14): the hour's claim in job_run lets one run and the other
 * do nothing at all, not even the reading. Two runs of the same slot at once stand for the two servers.
 */
@PuljeIntegrationTest
class ReminderOnceAcrossServersIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Deployment
    static EnterpriseArchive deployment() {
        return ReminderDeployments.withSmtp(ReminderOnceAcrossServersIT.class);
    }

    @EJB
    ReminderService reminders;

    @EJB
    ReminderFixture fixture;

    @EJB
    TestSmtp smtp;

    @EJB
    JobClaims claims;

    @Resource
    ManagedExecutorService executor;

    @Test
    void twoTimersFiringForTheSameHourRunTheJobOnce() throws Exception {
        long library = fixture.organisation("Klyngebiblioteket");
        fixture.applicant(library, "rem-klynge", "Klara Klynge", "klara@klynge.test", "da");
        for (int i = 0; i < 3; i++) {
            int day = i;
            fixture.project(library, "Klyngeprojekt " + i, ProjectStatus.ACTIVE,
                    p -> p.requireReport(ReportType.STATUS, TODAY.plusDays(day)));
        }
        // An hour of its own, far from any the suite's (switched off) timer could claim.
        Instant slot = Instant.parse("2200-01-01T07:00:00Z").plus(ThreadLocalRandom.current().nextInt(100_000), ChronoUnit.HOURS);

        CountDownLatch start = new CountDownLatch(1);
        Callable<Optional<ReminderRun>> timer = () -> {
            start.await();
            return reminders.sendDueOnce(slot, TODAY, ReminderIT.ON);
        };
        Future<Optional<ReminderRun>> one = executor.submit(timer);
        Future<Optional<ReminderRun>> other = executor.submit(timer);
        start.countDown();
        List<Optional<ReminderRun>> runs = List.of(one.get(), other.get());

        assertEquals(1, runs.stream().filter(Optional::isPresent).count(), "exactly one server ran the hour: " + runs);
        ReminderRun ran = runs.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertTrue(ran.sent() >= 3, ran.toString());
        assertEquals(3, smtp.receivedBy("klara@klynge.test").size());
        assertTrue(claims.holder("reminders", slot).isPresent(), "job_run names the server that ran it");

        assertTrue(reminders.sendDueOnce(slot, TODAY, ReminderIT.ON).isEmpty(), "a late timer finds the hour taken");
        Optional<ReminderRun> nextHour = reminders.sendDueOnce(slot.plus(1, ChronoUnit.HOURS), TODAY, ReminderIT.ON);
        assertTrue(nextHour.isPresent());
        assertEquals(0, nextHour.get().sent(), "the next hour sends nothing again (the per-mail claims)");
        assertEquals(3, smtp.receivedBy("klara@klynge.test").size());
    }
}

package dk.pulje.application.reminder;

import dk.pulje.application.cluster.JobClaims;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the reminder job: finds the open deadlines that a reminder is due for today and sends each recipient's
 * mail once, one transaction per mail (ReminderSender), so that a refused mail costs only itself.
 * <p>
 * {@code @PermitAll}: called by the timer (ReminderJob, which has no caller) and by the tests; no page or endpoint
 * reaches it, and it takes no input from a user.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @EJB
    private ReminderFinder finder;

    @EJB
    private ReminderSender sender;

    @EJB
    private JobClaims claims;

    @jakarta.inject.Inject
    private Clock clock;

    /** The job's name in job_run. */
    static final String JOB = "reminders";

    /**
     * The timer's run for one slot (its hour): on two servers both timers fire, and only the one that claims the slot
     * in job_run runs. Empty when another server (or an earlier run) had the slot.
     */
    public Optional<ReminderRun> sendDueOnce(Instant slot, LocalDate today, ReminderSettings settings) {
        if (!settings.enabled() || !claims.claim(JOB, slot, clock.instant())) {
            return Optional.empty();
        }
        String outcome = "failed";
        try {
            ReminderRun run = sendDue(today, settings);
            outcome = run.sent() + " sent, " + run.alreadySent() + " already sent, " + run.failed() + " not taken";
            return Optional.of(run);
        } finally {
            recordOutcome(slot, outcome);
        }
    }

    /**
     * Writes the run's outcome on its claim. A failure here (the database gone while the run failed for the same
     * reason) is logged, never thrown: it would hide the run's own exception, and the claim holds either way.
     */
    private void recordOutcome(Instant slot, String outcome) {
        try {
            claims.finish(JOB, slot, clock.instant(), outcome);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not record the outcome of the reminder run " + slot
                    + " (" + outcome + ")", e);
        }
    }

    public ReminderRun sendDue(LocalDate today, ReminderSettings settings) {
        if (!settings.enabled()) {
            return ReminderRun.off();
        }
        int sent = 0;
        int alreadySent = 0;
        int failed = 0;
        for (DueDeadline deadline : finder.deadlines(today, settings)) {
            Optional<String> step = ReminderStep.forDeadline(deadline.dueDate(), today, settings.daysBefore());
            if (step.isEmpty()) {
                continue;
            }
            List<Recipient> recipients = finder.recipients(deadline);
            if (recipients.isEmpty()) {
                LOG.fine(() -> "No one with an e-mail address to remind of " + deadline);
            }
            for (Recipient recipient : recipients) {
                try {
                    if (sender.claimAndSend(deadline, step.get(), recipient, today, settings)) {
                        sent++;
                    } else {
                        alreadySent++;
                    }
                } catch (ReminderNotSent e) {
                    failed++;
                    LOG.log(Level.WARNING, e.getMessage());
                }
            }
        }
        if (sent > 0 || failed > 0) {
            LOG.info("Reminders: " + sent + " sent, " + failed + " not taken by the SMTP server (retried next run).");
        }
        return new ReminderRun(true, sent, alreadySent, failed);
    }
}

package dk.pulje.application.reminder;

import dk.pulje.application.shared.Clocks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminders every hour from 7 to 17, Danish time, when an SMTP host is configured; otherwise says once, at
 * start, that they are off. Hourly rather than daily so that a server that was down at seven still sends that morning;
 * the claims (reminder_sent) make the later runs send nothing twice. The timer is not persistent: every server
 * creates its own at start; on two servers both fire, and the hour's claim in job_run (V31, ADR 0022) lets only one
 * of them run (the per-mail claims would keep the other from sending twice anyway, but not from doing the work).
 */
@Startup
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ReminderService reminders;

    @Inject
    private Clock clock;

    private ReminderSettings settings;

    @PostConstruct
    void schedule() {
        try {
            settings = ReminderSettings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.severe("Reminder e-mails are off: " + e.getMessage());
            return;
        }
        LOG.info(settings.describe());
        if (settings.enabled()) {
            ScheduleExpression hourly = new ScheduleExpression().hour("7-17").minute(5)
                    .timezone(Clocks.DANISH_TIME.getId());
            timers.createCalendarTimer(hourly, new TimerConfig("pulje-reminders", false));
        }
    }

    @Timeout
    void run() {
        try {
            Instant now = clock.instant();
            if (reminders.sendDueOnce(slotOf(now), LocalDate.now(clock), settings).isEmpty()) {
                LOG.fine("Reminders of this hour were run by another server.");
            }
        } catch (RuntimeException e) {
            // The next hour tries again; nothing was claimed that was not sent.
            LOG.log(Level.SEVERE, "The reminder run failed", e);
        }
    }

    /** The slot a firing belongs to: its hour (whole hours in Danish time too, so both servers name it alike). */
    static Instant slotOf(Instant firedAt) {
        return firedAt.truncatedTo(ChronoUnit.HOURS);
    }

    /** True when a timer runs the reminders (an SMTP host is configured). */
    public boolean isScheduled() {
        return !timers.getTimers().isEmpty();
    }
}

package dk.pulje.application.reminder;

/**
 * What one run of the job did.
 *
 * @param enabled      false when reminders are off (nothing was looked at)
 * @param sent         mails handed to the SMTP server
 * @param alreadySent  mails another run (earlier, or on another server) had claimed
 * @param failed       mails the SMTP server did not take; their claims were rolled back, so the next run retries
 */
public record ReminderRun(boolean enabled, int sent, int alreadySent, int failed) {

    static ReminderRun off() {
        return new ReminderRun(false, 0, 0, 0);
    }
}

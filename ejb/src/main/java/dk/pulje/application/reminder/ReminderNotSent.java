package dk.pulje.application.reminder;

import jakarta.ejb.ApplicationException;

/** The SMTP server did not take a reminder. Rolls its claim back, so that the next run tries again. */
@ApplicationException(rollback = true)
public class ReminderNotSent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReminderNotSent(String recipient, Exception cause) {
        super("The reminder to " + recipient + " was not sent: " + cause.getMessage(), cause);
    }
}

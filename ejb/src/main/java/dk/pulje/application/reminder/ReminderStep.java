package dk.pulje.application.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder a deadline is due for today: {@code BEFORE_n} for the smallest configured n that the deadline lies
 * within (so a run that was missed, or a deadline set at short notice, sends the nearest reminder rather than every
 * earlier one), {@code OVERDUE} once it has passed. The step is part of the claim's key: each step goes out once.
 * <p>
 * One overdue reminder, not a weekly repeat: the administrators' board shows what is overdue, and a mail a week for a
 * report the fund has already agreed to postpone would teach people to ignore Pulje's mails. It goes out at most
 * {@link ReminderSettings#OVERDUE_WINDOW_DAYS} days after the deadline, so that switching reminders on for an old
 * portfolio does not mail every deadline missed years ago.
 */
public final class ReminderStep {

    public static final String OVERDUE = "OVERDUE";

    private ReminderStep() {
    }

    public static Optional<String> forDeadline(LocalDate due, LocalDate today, List<Integer> daysBefore) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft < 0) {
            return -daysLeft <= ReminderSettings.OVERDUE_WINDOW_DAYS ? Optional.of(OVERDUE) : Optional.empty();
        }
        return daysBefore.stream()
                .filter(days -> daysLeft <= days)
                .min(Integer::compare)
                .map(days -> "BEFORE_" + days);
    }
}

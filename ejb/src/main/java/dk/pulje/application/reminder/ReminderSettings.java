package dk.pulje.application.reminder;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How reminder e-mails are configured, read from the environment (docs/operations.md):
 * <ul>
 *   <li>{@code PULJE_SMTP_HOST}: reminders are off when it is not set (the mail session's other variables,
 *       PULJE_SMTP_PORT/FROM/TLS are read by WildFly itself, configure-server.cli; PULJE_SMTP_USER/PASSWORD by
 *       ReminderSender, which logs in);</li>
 *   <li>{@code PULJE_REMINDER_DAYS}: how many days before a deadline, e.g. "14,3" (the default);</li>
 *   <li>{@code PULJE_BASE_URL}: the address the mails link to; default http://localhost:$PULJE_PORT/pulje/.</li>
 * </ul>
 *
 * @param host        the SMTP host, or null when reminders are off
 * @param daysBefore  the days before a deadline that a reminder goes out, largest first
 * @param baseUrl     ends with a slash
 */
public record ReminderSettings(String host, List<Integer> daysBefore, String baseUrl) {

    /** How long after a deadline the one overdue reminder may still go out (see {@link ReminderStep}). */
    public static final int OVERDUE_WINDOW_DAYS = 30;

    static final List<Integer> DEFAULT_DAYS = List.of(14, 3);

    public ReminderSettings {
        daysBefore = List.copyOf(daysBefore);
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public static ReminderSettings from(Map<String, String> env) {
        String host = blankToNull(env.get("PULJE_SMTP_HOST"));
        String port = Optional.ofNullable(blankToNull(env.get("PULJE_PORT"))).orElse("8080");
        String baseUrl = Optional.ofNullable(blankToNull(env.get("PULJE_BASE_URL")))
                .orElse("http://localhost:" + port + "/pulje/");
        return new ReminderSettings(host, days(env.get("PULJE_REMINDER_DAYS")), baseUrl);
    }

    /** "14,3" → [14, 3]; a value that is not a list of whole days from 1 to 365 is refused with the variable's name. */
    static List<Integer> days(String value) {
        if (blankToNull(value) == null) {
            return DEFAULT_DAYS;
        }
        try {
            List<Integer> days = Arrays.stream(value.split(","))
                    .map(String::strip)
                    .map(Integer::valueOf)
                    .distinct()
                    .sorted(Comparator.reverseOrder())
                    .toList();
            if (days.isEmpty() || days.get(days.size() - 1) < 1 || days.get(0) > 365) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PULJE_REMINDER_DAYS must list whole days from 1 to 365, e.g. \"14,3\", not \""
                    + value + "\"");
        }
    }

    public boolean enabled() {
        return host != null;
    }

    /** The furthest ahead any reminder looks. */
    int horizonDays() {
        return daysBefore.get(0);
    }

    /** One line for the server log. */
    public String describe() {
        if (!enabled()) {
            return "Reminder e-mails are off: PULJE_SMTP_HOST is not set.";
        }
        return "Reminder e-mails go out through " + host + ", " + daysBefore + " days before a deadline and once when it is "
                + "overdue; they link to " + baseUrl;
    }

    String projectLink(long projectId) {
        return baseUrl + "projects/view.xhtml?id=" + projectId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

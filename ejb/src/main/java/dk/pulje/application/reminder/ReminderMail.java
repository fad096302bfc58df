package dk.pulje.application.reminder;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of one reminder, plain text, in the recipient's language: the project's title, the deadline written the
 * reader's way (1. marts 2027 / March 1, 2027, as the pages write it) and a link to the project page. Texts:
 * {@code dk/pulje/application/reminder/mail*.properties}.
 */
public record ReminderMail(String subject, String body, Locale locale) {

    private static final String BUNDLE = "dk.pulje.application.reminder.mail";

    public static ReminderMail compose(DueDeadline deadline, String step, Recipient recipient, LocalDate today,
                                       ReminderSettings settings) {
        Locale locale = recipient.locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        boolean overdue = ReminderStep.OVERDUE.equals(step);
        String variant = deadline.kind().name() + (overdue ? ".overdue" : ".before");
        String what = deadline.kind() == SubjectKind.REPORT ? bundle.getString("reminder.report." + deadline.what())
                : deadline.what();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(deadline.dueDate());
        long days = Math.abs(ChronoUnit.DAYS.between(today, deadline.dueDate()));
        Object[] arguments = {what, deadline.projectTitle(), date, days};

        String subject = format(bundle, "reminder.subject." + variant, locale, arguments);
        String body = String.join("\n",
                format(bundle, "reminder.body.greeting", locale, recipient.name()),
                "",
                format(bundle, "reminder.body." + variant, locale, arguments),
                "",
                format(bundle, "reminder.body.link", locale, settings.projectLink(deadline.projectId())),
                "",
                format(bundle, "reminder.body.done", locale),
                "",
                format(bundle, "reminder.body.closing", locale),
                "",
                "-- ",
                format(bundle, "reminder.body.why", locale));
        return new ReminderMail(subject, body, locale);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}

package dk.pulje.application.reminder;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderMailTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
    private static final ReminderSettings SETTINGS = ReminderSettings.from(Map.of("PULJE_SMTP_HOST", "smtp.example.dk",
            "PULJE_BASE_URL", "https://pulje.example.dk/pulje/"));
    private static final DueDeadline REPORT = new DueDeadline(SubjectKind.REPORT, 11, LocalDate.of(2027, 3, 1), "STATUS",
            42, "Læselyst i Randers", 5L);
    private static final DueDeadline MILESTONE = new DueDeadline(SubjectKind.MILESTONE, 12, LocalDate.of(2027, 2, 14),
            "Første workshop afholdt", 42, "Læselyst i Randers", 5L);

    @Test
    void aReportReminderInDanish() {
        ReminderMail mail = ReminderMail.compose(REPORT, "BEFORE_14", new Recipient("Anne@Randers.dk", "Anne Kjær", "da"),
                TODAY, SETTINGS);
        assertEquals("Påmindelse: statusrapporten for \"Læselyst i Randers\" skal afleveres senest 1. marts 2027", mail.subject());
        assertTrue(mail.body().startsWith("Kære Anne Kjær\n"), mail.body());
        assertTrue(mail.body().contains("Projektet \"Læselyst i Randers\" skal aflevere statusrapporten senest 1. marts 2027 (om 14 dage)."),
                mail.body());
        assertTrue(mail.body().contains("Se projektet i Pulje: https://pulje.example.dk/pulje/projects/view.xhtml?id=42"),
                mail.body());
    }

    @Test
    void anOverdueMilestoneInEnglish() {
        ReminderMail mail = ReminderMail.compose(MILESTONE, ReminderStep.OVERDUE, new Recipient("a@b.dk", "Anne", "en"),
                TODAY, SETTINGS);
        assertEquals("Deadline passed: the milestone \"Første workshop afholdt\" of \"Læselyst i Randers\" was due by February 14, 2027",
                mail.subject());
        assertTrue(mail.body().startsWith("Dear Anne\n"), mail.body());
        assertTrue(mail.body().contains("The deadline passed one day ago."), mail.body());
        assertTrue(mail.body().contains("https://pulje.example.dk/pulje/projects/view.xhtml?id=42"), mail.body());
    }

    @Test
    void dueTomorrowAndOverdueByDaysReadNaturally() {
        DueDeadline tomorrow = new DueDeadline(SubjectKind.REPORT, 1, TODAY.plusDays(1), "FINAL", 1, "P", null);
        assertTrue(ReminderMail.compose(tomorrow, "BEFORE_3", new Recipient("a@b.dk", "A", "da"), TODAY, SETTINGS)
                .body().contains("skal aflevere slutrapporten senest 16. februar 2027 (altså i morgen)."));
        DueDeadline late = new DueDeadline(SubjectKind.REPORT, 1, TODAY.minusDays(5), "ACCOUNTS", 1, "P", null);
        assertTrue(ReminderMail.compose(late, ReminderStep.OVERDUE, new Recipient("a@b.dk", "A", "da"), TODAY, SETTINGS)
                .body().contains("skulle have afleveret regnskabet senest 10. februar 2027. Fristen er overskredet med 5 dage."));
    }

    @Test
    void bothLanguagesHaveTheSameTexts() {
        ResourceBundle danish = ResourceBundle.getBundle("dk.pulje.application.reminder.mail", Locale.forLanguageTag("da-DK"));
        ResourceBundle english = ResourceBundle.getBundle("dk.pulje.application.reminder.mail", Locale.ENGLISH);
        assertEquals(new TreeSet<>(danish.keySet()), new TreeSet<>(english.keySet()));
        assertEquals("Kære {0}", danish.getString("reminder.body.greeting"));
        assertEquals("Dear {0}", english.getString("reminder.body.greeting"));
    }
}

package dk.pulje.application.reminder;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void withoutAnSmtpHostRemindersAreOffAndTheLogLineSaysWhy() {
        ReminderSettings settings = ReminderSettings.from(Map.of("PULJE_SMTP_PORT", "2525"));
        assertFalse(settings.enabled());
        assertEquals("Reminder e-mails are off: PULJE_SMTP_HOST is not set.", settings.describe());
        assertFalse(ReminderSettings.from(Map.of("PULJE_SMTP_HOST", " ")).enabled());
    }

    @Test
    void defaultsAre14And3DaysAndTheLocalAddress() {
        ReminderSettings settings = ReminderSettings.from(Map.of("PULJE_SMTP_HOST", "smtp.example.dk", "PULJE_PORT", "18080"));
        assertTrue(settings.enabled());
        assertEquals(List.of(14, 3), settings.daysBefore());
        assertEquals("http://localhost:18080/pulje/projects/view.xhtml?id=7", settings.projectLink(7));
    }

    @Test
    void daysAndBaseUrlCanBeChosen() {
        ReminderSettings settings = ReminderSettings.from(Map.of("PULJE_SMTP_HOST", "smtp.example.dk",
                "PULJE_REMINDER_DAYS", " 7, 30 ,1", "PULJE_BASE_URL", "https://pulje.example.dk/pulje"));
        assertEquals(List.of(30, 7, 1), settings.daysBefore());
        assertEquals("https://pulje.example.dk/pulje/projects/view.xhtml?id=7", settings.projectLink(7));
    }

    @Test
    void badDaysAreRefusedInTheVariablesName() {
        for (String bad : List.of("fourteen", "0", "14,,3", "400", "-3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReminderSettings.from(Map.of("PULJE_REMINDER_DAYS", bad)), bad);
            assertTrue(e.getMessage().contains("PULJE_REMINDER_DAYS"), e.getMessage());
        }
    }

    @Test
    void eachDeadlineGetsTheNearestStepOnceItIsWithinIt() {
        List<Integer> days = List.of(14, 3);
        assertEquals(Optional.empty(), ReminderStep.forDeadline(TODAY.plusDays(15), TODAY, days));
        assertEquals(Optional.of("BEFORE_14"), ReminderStep.forDeadline(TODAY.plusDays(14), TODAY, days));
        assertEquals(Optional.of("BEFORE_14"), ReminderStep.forDeadline(TODAY.plusDays(4), TODAY, days));
        assertEquals(Optional.of("BEFORE_3"), ReminderStep.forDeadline(TODAY.plusDays(3), TODAY, days));
        assertEquals(Optional.of("BEFORE_3"), ReminderStep.forDeadline(TODAY, TODAY, days), "due today is not overdue");
        assertEquals(Optional.of("OVERDUE"), ReminderStep.forDeadline(TODAY.minusDays(1), TODAY, days));
        assertEquals(Optional.of("OVERDUE"), ReminderStep.forDeadline(TODAY.minusDays(30), TODAY, days));
        assertEquals(Optional.empty(), ReminderStep.forDeadline(TODAY.minusDays(31), TODAY, days),
                "deadlines missed long ago are the board's, not the mail's");
    }
}

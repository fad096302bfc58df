package dk.pulje.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherConfigTest {

    private final Path home = Path.of("/opt/pulje");

    @Test
    void defaultsRunTheEmbeddedDatabaseWithDemoDataOn8080() {
        LauncherConfig config = LauncherConfig.from(Map.of(), home);
        assertEquals(8080, config.httpPort());
        assertEquals(home.resolve(".pulje"), config.data());
        assertNull(config.externalDb());
        assertTrue(config.demoData());
        assertEquals("http://localhost:8080/pulje/", config.url());
        assertEquals(home.resolve("ear/target/pulje.ear"), config.ear());
    }

    @Test
    void anExternalDatabaseGetsNoDemoDataUnlessAsked() {
        Map<String, String> env = Map.of("POSTGRESQL_URL", "jdbc:postgresql://db:5432/pulje",
                "POSTGRESQL_USER", "pulje", "POSTGRESQL_PASSWORD", "secret");
        LauncherConfig config = LauncherConfig.from(env, home);
        assertEquals("jdbc:postgresql://db:5432/pulje", config.externalDb().url());
        assertEquals("secret", config.externalDb().password());
        assertFalse(config.demoData());

        Map<String, String> asked = new java.util.HashMap<>(env);
        asked.put("PULJE_DEMO_DATA", "true");
        assertTrue(LauncherConfig.from(asked, home).demoData());
    }

    @Test
    void portAndDataFolderCanBeChanged() {
        LauncherConfig config = LauncherConfig.from(Map.of("PULJE_PORT", "18080", "PULJE_DATA", "/var/lib/pulje"), home);
        assertEquals(18080, config.httpPort());
        assertEquals(Path.of("/var/lib/pulje"), config.data());
        assertEquals("http://localhost:18080/pulje/", config.url());
    }

    @Test
    void aBadPortIsExplainedInTheVariablesOwnName() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> LauncherConfig.from(Map.of("PULJE_PORT", "eighty"), home));
        assertTrue(e.getMessage().contains("PULJE_PORT"), e.getMessage());
        assertThrows(LauncherException.class, () -> LauncherConfig.from(Map.of("PULJE_DB_PORT", "70000"), home));
    }

    @Test
    void remindersAreOffWithoutAnSmtpHostAndTheLineSaysHowToTurnThemOn() {
        LauncherConfig off = LauncherConfig.from(Map.of("PULJE_SMTP_HOST", "  "), home);
        assertNull(off.smtp());
        assertTrue(off.reminderLine().startsWith("Reminder e-mails are off"), off.reminderLine());
        assertTrue(off.reminderLine().contains("PULJE_SMTP_HOST"), off.reminderLine());
        assertEquals("http://localhost:8080/pulje/", off.baseUrl());
    }

    @Test
    void remindersGoThroughTheConfiguredHostAndLinkToTheBaseUrl() {
        LauncherConfig on = LauncherConfig.from(Map.of("PULJE_SMTP_HOST", "smtp.example.dk", "PULJE_SMTP_PORT", "587",
                "PULJE_PORT", "18080"), home);
        assertEquals("smtp.example.dk:587", on.smtp());
        assertEquals("http://localhost:18080/pulje/", on.baseUrl());
        assertEquals("Reminder e-mails go out through smtp.example.dk:587 and link to http://localhost:18080/pulje/",
                on.reminderLine());
        assertEquals("https://pulje.example.dk/pulje/",
                LauncherConfig.from(Map.of("PULJE_BASE_URL", "https://pulje.example.dk/pulje/"), home).baseUrl());
        LauncherException e = assertThrows(LauncherException.class,
                () -> LauncherConfig.from(Map.of("PULJE_SMTP_HOST", "smtp.example.dk", "PULJE_SMTP_PORT", "smtp"), home));
        assertTrue(e.getMessage().contains("PULJE_SMTP_PORT"), e.getMessage());
    }
}

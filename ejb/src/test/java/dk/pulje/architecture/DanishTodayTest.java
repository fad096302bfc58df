package dk.pulje.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Today" is the funders' today: Danish time ({@code Clocks.DANISH_TIME} or the injected {@code Clock}), never the
 * server's or the database's zone. A date taken in UTC is yesterday's between midnight Danish time and midnight UTC, so
 * a default, a file name or a test's expectation built that way is wrong for an hour or two every night (CI met it twice
 * in a test that compared a page's date with {@code LocalDate.now()}). Read from the sources of the server's modules and
 * their tests, so a new bare {@code now()} fails the build at once instead of only in that hour.
 *
 * <p>The launcher is left out on purpose: it runs on the operator's machine and names its backups in the operator's
 * local time.
 */
class DanishTodayTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SOURCE_FOLDERS = List.of(
            "ejb/src/main/java", "ejb/src/test/java", "web/src/main/java", "web/src/test/java", "ear/src/test/java",
            "health/src/main/java");

    /** A date or time of "now" in the JVM's default zone, or that zone itself. */
    private static final Pattern DEFAULT_ZONE = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|YearMonth|Year|ZonedDateTime|OffsetDateTime|MonthDay)\\.now\\(\\s*\\)"
                    + "|ZoneId\\.systemDefault\\(\\)|Clock\\.systemDefaultZone\\(\\)|TimeZone\\.getDefault\\(\\)");

    /** The database's date, which follows the database session's zone, in the application's own queries. */
    private static final Pattern DATABASE_TODAY = Pattern.compile("(?i)\\bcurrent_date\\b|\\bnow\\(\\)\\s*::\\s*date");

    @Test
    void noCodeOrTestTakesTodayInTheDefaultZone() throws IOException {
        assertEquals(List.of(), offenders(SOURCE_FOLDERS, DEFAULT_ZONE));
    }

    @Test
    void theApplicationNeverAsksTheDatabaseForToday() throws IOException {
        assertEquals(List.of(), offenders(List.of("ejb/src/main/java", "web/src/main/java", "ejb/src/main/resources"),
                DATABASE_TODAY));
    }

    @Test
    void theRuleSeesABareNowAndLetsAZonedOnePass() {
        assertTrue(DEFAULT_ZONE.matcher("date = LocalDate.now();").find());
        assertTrue(DEFAULT_ZONE.matcher("YearMonth.now( )").find());
        assertTrue(!DEFAULT_ZONE.matcher("LocalDate.now(Clocks.DANISH_TIME)").find());
        assertTrue(!DEFAULT_ZONE.matcher("LocalDate.now(clock)").find());
        assertTrue(DATABASE_TODAY.matcher("where due_date < CURRENT_DATE").find());
        assertTrue(!DATABASE_TODAY.matcher("current_dates").find());
    }

    private static List<String> offenders(List<String> folders, Pattern forbidden) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (String folder : folders) {
            Path root = ROOT.resolve(folder);
            assertTrue(Files.isDirectory(root), root.toAbsolutePath().normalize().toString());
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                        .filter(f -> !f.getFileName().toString().equals("DanishTodayTest.java"))
                        .filter(f -> forbidden.matcher(read(f)).find())
                        .map(f -> ROOT.relativize(f).toString())
                        .forEach(found::add);
            }
        }
        return found.stream().sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

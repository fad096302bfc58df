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
 * The layers depend inwards: infrastructure may use the application and the domain, never the reverse; the domain
 * uses neither. Read from the sources, so a new import that breaks the rule fails the build.
 */
class LayerDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/pulje");

    @Test
    void theApplicationDoesNotDependOnInfrastructure() throws IOException {
        assertEquals(List.of(), offenders("application", "dk\\.pulje\\.infrastructure"));
    }

    @Test
    void theDomainDependsOnNeitherApplicationNorInfrastructure() throws IOException {
        assertEquals(List.of(), offenders("domain", "dk\\.pulje\\.(infrastructure|application)"));
    }

    private static List<String> offenders(String layer, String forbidden) throws IOException {
        Path root = SOURCES.resolve(layer);
        assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
        Pattern use = Pattern.compile("\\b" + forbidden + "\\.");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> use.matcher(read(f)).find())
                    .map(f -> SOURCES.relativize(f).toString())
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

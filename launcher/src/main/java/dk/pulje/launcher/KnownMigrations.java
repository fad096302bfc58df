package dk.pulje.launcher;

import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Flyway versions this build of Pulje knows: the {@code V<version>__*.sql} files in {@code db/migration} on the
 * class path (the ejb jar). A restore reads them before it touches anything, to refuse a backup of a newer schema.
 */
final class KnownMigrations {

    private static final String FOLDER = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    private KnownMigrations() {
    }

    static MigrationVersion highest() {
        return all().stream().max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("No migrations in " + FOLDER + " on the class path"));
    }

    static List<MigrationVersion> all() {
        List<MigrationVersion> versions = new ArrayList<>();
        try {
            Enumeration<URL> roots = KnownMigrations.class.getClassLoader().getResources(FOLDER);
            for (URL root : Collections.list(roots)) {
                for (String name : names(root)) {
                    Matcher matcher = VERSIONED.matcher(name);
                    if (matcher.matches()) {
                        versions.add(MigrationVersion.fromVersion(matcher.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static List<String> names(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(FOLDER + "/") && name.indexOf('/', FOLDER.length() + 1) < 0) {
                        names.add(name.substring(FOLDER.length() + 1));
                    }
                }
            }
        } else if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.forEach(file -> names.add(file.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return names;
    }
}

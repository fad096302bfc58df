package dk.pulje.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code ./pulje run} is told through its environment (README, "Configuration").
 *
 * @param home         the checkout: where ear/target/server and ear/target/pulje.ear are built
 * @param data         PULJE_DATA: the embedded database, the server copy and its logs
 * @param httpPort     PULJE_PORT
 * @param externalDb   POSTGRESQL_URL/USER/PASSWORD when an external database is configured, else null
 * @param demoData     PULJE_DEMO_DATA: true by default with the embedded database, false with an external one
 * @param smtp         PULJE_SMTP_HOST (and PULJE_SMTP_PORT, for the message) when reminder e-mails are on, else null;
 *                     WildFly reads the mail session's variables itself (configure-server.cli)
 * @param baseUrl      PULJE_BASE_URL: where the reminder e-mails link to; default the local address
 */
record LauncherConfig(Path home, Path data, int httpPort, int managementPort, int databasePort,
                      ExternalDatabase externalDb, boolean demoData, String smtp, String baseUrl) {

    record ExternalDatabase(String url, String user, String password) {
    }

    static LauncherConfig from(Map<String, String> env, Path home) {
        Path data = Path.of(env.getOrDefault("PULJE_DATA", home.resolve(".pulje").toString())).toAbsolutePath();
        int httpPort = port(env, "PULJE_PORT", 8080);
        int managementPort = port(env, "PULJE_MANAGEMENT_PORT", 9990);
        int databasePort = port(env, "PULJE_DB_PORT", 55432);
        String url = env.get("POSTGRESQL_URL");
        ExternalDatabase external = url == null || url.isBlank() ? null
                : new ExternalDatabase(url, env.getOrDefault("POSTGRESQL_USER", "pulje"),
                env.getOrDefault("POSTGRESQL_PASSWORD", ""));
        String demo = env.get("PULJE_DEMO_DATA");
        boolean demoData = demo == null ? external == null : Boolean.parseBoolean(demo);
        String smtpHost = env.get("PULJE_SMTP_HOST");
        String smtp = smtpHost == null || smtpHost.isBlank() ? null
                : smtpHost.strip() + ":" + port(env, "PULJE_SMTP_PORT", 25);
        String baseUrl = env.get("PULJE_BASE_URL");
        return new LauncherConfig(home, data, httpPort, managementPort, databasePort, external, demoData, smtp,
                baseUrl == null || baseUrl.isBlank() ? "http://localhost:" + httpPort + "/pulje/" : baseUrl.strip());
    }

    /** The one line {@code ./pulje run} says about reminder e-mails. */
    String reminderLine() {
        return smtp == null
                ? "Reminder e-mails are off: set PULJE_SMTP_HOST (and PULJE_SMTP_PORT/USER/PASSWORD/FROM/TLS) to send them."
                : "Reminder e-mails go out through " + smtp + " and link to " + baseUrl;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a port number between 1 and 65535, not '" + value + "'");
        }
    }

    Path provisionedServer() {
        return home.resolve("ear/target/server");
    }

    /** Fails with what to run when the EAR or the provisioned server is missing, before anything starts. */
    void requireBuilt() {
        if (!java.nio.file.Files.exists(ear()) || !java.nio.file.Files.exists(provisionedServer().resolve("bin/standalone.sh"))) {
            throw new LauncherException("Pulje is not built yet: run ./pulje build (or ./mvnw -DskipTests package).");
        }
    }

    Path ear() {
        return home.resolve("ear/target/pulje.ear");
    }

    String url() {
        return "http://localhost:" + httpPort + "/pulje/";
    }
}

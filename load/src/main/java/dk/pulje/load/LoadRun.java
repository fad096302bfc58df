package dk.pulje.load;

import dk.pulje.launcher.LoadServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code ./pulje load}: 50 users (PULJE_LOAD_USERS) doing the three roles' journeys ({@link PuljeJourneys}) for five
 * minutes (PULJE_LOAD_DURATION, seconds) against a generated portfolio of 100,000 projects (PULJE_LOAD_PROJECTS) on a
 * throwaway PostgreSQL and WildFly on loopback ({@link LoadServer}). Prints p50/p95/p99 per request, the error count,
 * and the server's resident memory, garbage collection and CPU; exits 1 when any request failed. Gatling's HTML report
 * stays in load/target/gatling. Bounded in time: the simulation's maxDuration, then the server is stopped.
 */
public final class LoadRun {

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize();
        LoadPlan.Settings settings = LoadPlan.Settings.from(System.getenv());
        System.out.printf(Locale.ROOT, "pulje load: %d users for %d s on %,d projects (think time %.1f–%.1f s); machine load %s%n",
                settings.users(), settings.duration().toSeconds(), settings.projects(),
                settings.thinkMin().toMillis() / 1000.0, settings.thinkMax().toMillis() / 1000.0, loadAverage());
        int status;
        try (LoadServer server = LoadServer.start(home, settings.projects())) {
            // Ctrl-C: WildFly runs in its own session (setsid) and would outlive us; stop it and PostgreSQL first.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    System.err.println("pulje load: stopping the server failed: " + e);
                }
            }, "pulje-load-stop"));
            LoadPlan.use(new LoadPlan(server.url(), server.adminToken(), LoadServer.PASSWORD, settings.users(),
                    settings.duration(), settings.thinkMin(), settings.thinkMax(), server.projectIds(),
                    server.applicantReportIds(), server.fundIds()));
            System.out.println("pulje load: Pulje answers at " + server.url() + " (data in " + server.folder() + ")");
            OptionalLong pid = server.wildFlyPid();
            Path results = home.resolve("load/target/gatling");
            Files.createDirectories(results);
            Instant started = Instant.now();
            ServerFigures figures = pid.isPresent() ? ServerFigures.watch(pid.getAsLong()) : null;
            int gatling;
            List<String> serverLines;
            try {
                gatling = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{"-s", PuljeJourneys.class.getName(),
                        "-rf", results.toString(), "-rd", settings.users() + " users, " + settings.duration().toSeconds()
                        + " s, " + settings.projects() + " projects", "-l", "pulje-load"});
                Duration wall = Duration.between(started, Instant.now());
                serverLines = figures == null ? List.of("server figures: the WildFly JVM was not found") : figures.report(wall);
            } finally {
                if (figures != null) {
                    figures.close();
                }
            }
            Path run = GatlingStats.newestRun(results);
            GatlingStats stats = GatlingStats.read(run);
            System.out.println();
            stats.print(System.out);
            serverLines.forEach(System.out::println);
            System.out.println("machine load (1, 5, 15 min) at the end: " + loadAverage());
            System.out.println("Gatling's report: " + run.resolve("index.html"));
            if (stats.errors() > 0) {
                System.out.println("pulje load: " + stats.errors() + " requests failed; see the report and " + server.serverLog());
            }
            status = stats.errors() == 0 && gatling == 0 ? 0 : 1;
        }
        System.exit(status);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "n/a";
        }
    }
}

package dk.pulje.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ./pulje run}: the embedded PostgreSQL (unless an external one is configured), then WildFly with Pulje,
 * until Ctrl-C or {@code ./pulje stop}; both are then stopped in the reverse order.
 */
public final class PuljeLauncher {

    private final LauncherConfig config;
    private final WildFlyServer server;
    private InstanceLock lock;
    private ServerDatabase database;
    private boolean stopped;

    private PuljeLauncher(LauncherConfig config) {
        this.config = config;
        this.server = new WildFlyServer(config);
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize();
        LauncherMain.run(new PuljeLauncher(LauncherConfig.from(System.getenv(), home))::run);
    }

    private void run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        config.requireBuilt();
        lock = InstanceLock.acquire(config.data());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "pulje-stop"));
        Ports.requireFree(config.httpPort(), "PULJE_PORT");
        Ports.requireFree(config.managementPort(), "PULJE_MANAGEMENT_PORT");

        database = ServerDatabase.open(config);
        Map<String, String> environment = database.environment();
        environment.put("PULJE_DEMO_DATA", Boolean.toString(config.demoData()));
        environment.put("PULJE_BASE_URL", config.baseUrl());

        say("Starting WildFly on port " + config.httpPort() + " (log: " + server.consoleLog() + ")");
        server.prepare();
        server.start(environment);
        server.awaitReady(Duration.ofMinutes(5));

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println();
        System.out.println("  Pulje is ready after " + seconds + " s:  " + config.url());
        if (config.demoData()) {
            System.out.println("  Demo data: the seed documents' funds and projects (loaded when the database was empty).");
            System.out.println("  Log in as admin, randers, aarhus, region or sysadmin with the password Demo-Pulje-2026.");
        } else {
            System.out.println("  No demo data. The first administrator: ./pulje create-admin");
        }
        System.out.println("  " + config.reminderLine());
        System.out.println("  Stop with Ctrl-C or ./pulje stop.");
        System.out.println();

        int exit = server.waitFor();
        if (!isStopping()) {
            say("WildFly ended by itself (exit " + exit + "); see " + server.home().resolve("standalone/log/server.log"));
        }
        stop();
    }

    private synchronized boolean isStopping() {
        return stopped;
    }

    /** Idempotent: called by the shutdown hook (Ctrl-C, ./pulje stop) and when WildFly ends by itself. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (server.isRunning()) {
                say("Stopping WildFly …");
                server.stop(Duration.ofSeconds(60));
            }
            if (database != null && database.isEmbedded()) {
                say("Stopping PostgreSQL …");
                database.close();
            }
            if (lock != null) {
                lock.close();
            }
            say("Pulje stopped.");
        } catch (IOException e) {
            System.err.println("pulje: while stopping: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String line) {
        System.out.println("pulje: " + line);
    }
}

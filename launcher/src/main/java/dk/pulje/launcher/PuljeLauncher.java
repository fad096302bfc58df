package dk.pulje.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./pulje run}: the embedded PostgreSQL (unless an external one is configured), then WildFly with Pulje,
 * until Ctrl-C or {@code ./pulje stop}; both are then stopped in the reverse order.
 */
public final class PuljeLauncher {

    private final LauncherConfig config;
    private final WildFlyServer server;
    private InstanceLock lock;
    private EmbeddedDatabase database;
    private boolean stopped;

    private PuljeLauncher(LauncherConfig config) {
        this.config = config;
        this.server = new WildFlyServer(config);
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize();
        try {
            new PuljeLauncher(LauncherConfig.from(System.getenv(), home)).run();
        } catch (LauncherException e) {
            System.err.println("pulje: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("pulje: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    private void run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        if (!Files.exists(config.ear()) || !Files.exists(config.provisionedServer().resolve("bin/standalone.sh"))) {
            throw new LauncherException("Pulje is not built yet: run ./pulje build (or ./mvnw -DskipTests package).");
        }
        lock = InstanceLock.acquire(config.data());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "pulje-stop"));
        requireFree(config.httpPort(), "PULJE_PORT");
        requireFree(config.managementPort(), "PULJE_MANAGEMENT_PORT");

        Map<String, String> environment = new HashMap<>();
        if (config.externalDb() == null) {
            requireFree(config.databasePort(), "PULJE_DB_PORT");
            say("Starting PostgreSQL (embedded) on port " + config.databasePort() + ", data in " + config.data().resolve("postgres"));
            database = EmbeddedDatabase.start(config.data().resolve("postgres"), config.databasePort(),
                    EmbeddedDatabase.Durability.DURABLE);
            environment.put("POSTGRESQL_URL", database.jdbcUrl());
            environment.put("POSTGRESQL_USER", EmbeddedDatabase.USER);
            environment.put("POSTGRESQL_PASSWORD", database.password());
        } else {
            say("Using the external PostgreSQL at " + config.externalDb().url());
            environment.put("POSTGRESQL_URL", config.externalDb().url());
            environment.put("POSTGRESQL_USER", config.externalDb().user());
            environment.put("POSTGRESQL_PASSWORD", config.externalDb().password());
        }
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
            if (database != null) {
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

    private static void requireFree(int port, String variable) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LauncherException("Port " + port + " is already in use. Choose another with " + variable + "=….");
        }
    }

    private static void say(String line) {
        System.out.println("pulje: " + line);
    }
}

package dk.pulje.it.ops;

import dk.pulje.launcher.Folders;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pulje cluster} for a test: the product's own ClusterLauncher in a child JVM (exactly what the command runs),
 * with a fresh data folder under target/, free ports and the demo data; waits until the balancer answers
 * ({@code cluster/cluster.properties} written). {@link #close()} stops it as {@code ./pulje stop} does (SIGTERM to
 * the launcher) and then kills whatever of its process tree is still alive, so nothing is left even when a test fails.
 */
final class PuljeCluster implements AutoCloseable {

    private final Path data;
    private final int databasePort;
    private final Process launcher;
    private final Path log;
    private Properties properties;

    private PuljeCluster(Path data, int databasePort, Process launcher, Path log) {
        this.data = data;
        this.databasePort = databasePort;
        this.launcher = launcher;
        this.log = log;
    }

    static PuljeCluster start(Path data, Duration timeout) throws IOException, InterruptedException {
        Folders.deleteTree(data);
        Files.createDirectories(data);
        Path home = Path.of(System.getProperty("jboss.home")).getParent().getParent().getParent(); // ear/target/server
        int databasePort = freePort();
        Path log = data.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpulje.home=" + home, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), "dk.pulje.launcher.ClusterLauncher")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var environment = builder.environment();
        // Not the test server's database or mail settings: a Pulje of its own.
        environment.keySet().removeIf(name -> name.startsWith("POSTGRESQL_") || name.startsWith("PULJE_"));
        environment.put("PULJE_DATA", data.toString());
        environment.put("PULJE_PORT", Integer.toString(freePort()));
        environment.put("PULJE_MANAGEMENT_PORT", Integer.toString(freePort()));
        environment.put("PULJE_DB_PORT", Integer.toString(databasePort));
        environment.put("PULJE_DEMO_DATA", "true");
        environment.put("PULJE_REQUIRE_MFA", "false");
        PuljeCluster cluster = new PuljeCluster(data, databasePort, builder.start(), log);
        try {
            cluster.awaitReady(timeout);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Path file = data.resolve("cluster/cluster.properties");
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(file)) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("./pulje cluster did not become ready (" + (launcher.isAlive() ? "timeout" : "ended")
                        + "); its output:\n" + Files.readString(log));
            }
            TimeUnit.SECONDS.sleep(1);
        }
        properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
    }

    /** The balancer's address of Pulje, ending in "/pulje/". */
    String url() {
        return properties.getProperty("url");
    }

    /** A node's own address of Pulje (behind the balancer; ending in "/pulje/"). */
    String nodeUrl(String node) {
        return properties.getProperty(node + ".url");
    }

    /** Whether the node still runs (one is stopped in the middle of ClusterIT). */
    boolean isRunning(String node) {
        return ProcessHandle.of(pid(node)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The pid of a node's standalone.sh, which passes SIGTERM on to its JVM (a graceful stop). */
    long pid(String node) {
        return Long.parseLong(properties.getProperty(node + ".pid"));
    }

    /** Stops a node gracefully, as an operator would (kill -TERM), and waits until it has ended. */
    void stopNodeGracefully(String node, Duration timeout) throws InterruptedException {
        ProcessHandle handle = ProcessHandle.of(pid(node)).orElseThrow(() -> new IllegalStateException(node + " is not running"));
        List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
        tree.add(handle);
        handle.destroy();
        Instant deadline = Instant.now().plus(timeout);
        while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(node + " did not stop within " + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    Connection database() throws IOException, SQLException {
        String password = Files.readString(data.resolve("postgres/superuser-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/pulje", "postgres", password);
    }

    String launcherOutput() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(launcher.descendants().toList());
        launcher.destroy(); // SIGTERM: the launcher stops the balancer, the nodes, then PostgreSQL
        if (!launcher.waitFor(3, TimeUnit.MINUTES)) {
            launcher.destroyForcibly();
        }
        tree.addAll(launcher.descendants().toList());
        for (ProcessHandle process : tree) {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        // PostgreSQL is pg_ctl's daemon, not the launcher's child: stopped above unless the launcher was killed.
        try {
            Path pidFile = data.resolve("postgres/pgdata/postmaster.pid");
            if (Files.exists(pidFile)) {
                long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("PuljeCluster: could not read the postmaster pid: " + e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package dk.pulje.it.support.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A separate, real Pulje for the operations tests: the product's own launcher ({@code dk.pulje.launcher.PuljeLauncher},
 * i.e. exactly what {@code ./pulje run} starts) in a child JVM, with its own data folder under {@code ear/target} and
 * free ports chosen at run time, so that several of these (and the Arquillian IT server) run side by side. It is not
 * the Arquillian server: a test may kill, stop and restart it at will.
 * <p>
 * Use it in a plain JUnit 5 test (no {@code @PuljeIntegrationTest}) in the failsafe run, and always in
 * try-with-resources (or close it in {@code @AfterAll}): {@link #close()} ends every process it started, also when the
 * test fails; a JVM shutdown hook does the same if the test JVM itself is ended.
 * <pre>{@code
 * try (PuljeInstance pulje = PuljeInstance.start("durability")) {     // demo data on, PULJE_REQUIRE_MFA=false
 *     HttpClient http = ...;  http.send(GET pulje.url() + "api/v1/funds")  // url() ends with "/pulje/"
 *     pulje.managementUrl();          // "http://localhost:<port>/" (WildFly's management interface)
 *     try (Connection c = pulje.connect()) { ... }   // or jdbcUrl()/DB_USER/dbPassword()
 *     pulje.killWildFly();            // kill -9 of the WildFly JVM; the launcher then stops PostgreSQL and ends
 *     pulje.restart();                // ./pulje run again on the same folder and ports, waits until ready
 *     pulje.killPostgres();           // kill -9 of the postmaster; WildFly keeps running
 *     pulje.startPostgres();          // PostgreSQL again on the same folder and port (no WildFly restart)
 *     pulje.stop();                   // graceful (SIGTERM to the launcher, as Ctrl-C); the data folder stays
 *     pulje.restart();                // and up again
 * }
 * }</pre>
 * Other settings: {@code PuljeInstance.builder("restored").dataFolder(folder).keepData(true).env("X", "y").start()}
 * starts on an existing data folder (e.g. one that {@code ./pulje restore} filled) and leaves it in place on close.
 * By default the folder is {@code ear/target/pulje-instances/<name>}, emptied before the start and deleted by close().
 * <p>
 * Differences from a plain {@code ./pulje run}, all through its documented environment: demo data on,
 * PULJE_REQUIRE_MFA=false (the tests log in with HTTP Basic), the API rate limits off
 * (PULJE_API_RATE_PER_MINUTE=0 and PULJE_API_RATE_PER_ADDRESS_PER_MINUTE=0; pass {@code env(…)} to set them), and none
 * of the IT server's POSTGRESQL_* or PULJE_SMTP_* variables (which the failsafe JVM carries) leak into it.
 * The launcher's output is in {@link #launcherLog()}, WildFly's in {@code <data>/server/standalone/log/server.log}.
 */
public final class PuljeInstance implements AutoCloseable {

    /** The superuser of the embedded PostgreSQL ({@code dk.pulje.launcher.EmbeddedDatabase.USER}). */
    public static final String DB_USER = "postgres";
    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "Demo-Pulje-2026";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Builder settings;
    private final Path home;
    private final Path data;
    private final int httpPort;
    private final int managementPort;
    private final int dbPort;
    private final Thread shutdownHook;
    private Process launcher;
    private Process restartedPostgres;
    private boolean closed;

    private PuljeInstance(Builder settings) {
        this.settings = settings;
        this.home = checkout();
        this.data = settings.dataFolder != null ? settings.dataFolder.toAbsolutePath()
                : home.resolve("ear/target/pulje-instances").resolve(settings.name);
        this.httpPort = freePort();
        this.managementPort = freePort();
        this.dbPort = freePort();
        this.shutdownHook = new Thread(this::killEverything, "pulje-instance-" + settings.name + "-cleanup");
    }

    /** A fresh Pulje with demo data in {@code ear/target/pulje-instances/<name>}, started and ready. */
    public static PuljeInstance start(String name) {
        return builder(name).start();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Settings for {@link #builder(String)}. */
    public static final class Builder {
        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path dataFolder;
        private boolean keepData;

        private Builder(String name) {
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("A PuljeInstance name is a folder name: " + name);
            }
            this.name = name;
            env.put("PULJE_DEMO_DATA", "true");
            env.put("PULJE_REQUIRE_MFA", "false");
            env.put("PULJE_API_RATE_PER_MINUTE", "0");
            env.put("PULJE_API_RATE_PER_ADDRESS_PER_MINUTE", "0");
        }

        /** An environment variable for the launcher (and so for WildFly), e.g. PULJE_DEMO_DATA=false. */
        public Builder env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        /** Start on this (existing) data folder instead of an emptied one; it is left in place on close. */
        public Builder dataFolder(Path folder) {
            this.dataFolder = folder;
            this.keepData = true;
            return this;
        }

        /** Leave the data folder in place on close (default: deleted, unless it was given). */
        public Builder keepData(boolean keep) {
            this.keepData = keep;
            return this;
        }

        public PuljeInstance start() {
            PuljeInstance instance = new PuljeInstance(this);
            Runtime.getRuntime().addShutdownHook(instance.shutdownHook);
            try {
                if (dataFolder == null) {
                    deleteTree(instance.data);
                }
                Files.createDirectories(instance.data);
                instance.launch();
                return instance;
            } catch (IOException e) {
                instance.close();
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                instance.close();
                throw e;
            }
        }
    }

    // ------------------------------------------------------------------ what a test reads

    /** The application's address, ending with "/pulje/". */
    public String url() {
        return "http://localhost:" + httpPort + "/pulje/";
    }

    /** WildFly's management interface ("http://localhost:<port>/"), e.g. for /health and /metrics. */
    public String managementUrl() {
        return "http://localhost:" + managementPort + "/";
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public int dbPort() {
        return dbPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + dbPort + "/pulje";
    }

    /** The superuser password the launcher generated for this data folder. */
    public String dbPassword() {
        try {
            return Files.readString(data.resolve("postgres/superuser-password"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new JDBC connection to this instance's database (as the superuser); close it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), DB_USER, dbPassword());
    }

    /** PULJE_DATA of this instance. */
    public Path dataFolder() {
        return data;
    }

    public Path launcherLog() {
        return data.resolve("launcher.log");
    }

    public Path serverLog() {
        return data.resolve("server/standalone/log/server.log");
    }

    /** The pid of the launcher JVM ({@code ./pulje run}'s java). */
    public long launcherPid() {
        return requireLauncher().pid();
    }

    /** The pid of the WildFly server JVM (the java under standalone.sh). */
    public long wildFlyPid() {
        return wildFly().orElseThrow(() -> new IllegalStateException("WildFly does not run")).pid();
    }

    /** The pid of the PostgreSQL postmaster, from pgdata/postmaster.pid. */
    public long postgresPid() {
        return postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL does not run")).pid();
    }

    public boolean isRunning() {
        return launcher != null && launcher.isAlive();
    }

    // ------------------------------------------------------------------ faults and recovery

    /** {@code kill -9} of the WildFly JVM. The launcher sees WildFly end, stops PostgreSQL and ends; see restart(). */
    public void killWildFly() {
        ProcessHandle wildFly = wildFly().orElseThrow(() -> new IllegalStateException("WildFly does not run"));
        wildFly.destroyForcibly(); // SIGKILL
        await(wildFly);
    }

    /**
     * {@code kill -9} of the PostgreSQL postmaster. WildFly and the launcher keep running, the database is away until
     * {@link #startPostgres()}. (Its backends end by themselves when they see the postmaster gone.)
     */
    public void killPostgres() {
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL does not run"));
        postmaster.destroyForcibly(); // SIGKILL
        await(postmaster);
    }

    /**
     * Starts PostgreSQL again after {@link #killPostgres()}, on the same folder and port with the same options: the
     * command line the postmaster recorded in pgdata/postmaster.opts. Waits until it accepts connections (the crash
     * recovery replays the WAL first). WildFly is not touched.
     */
    public void startPostgres() {
        if (postmaster().isPresent()) {
            throw new IllegalStateException("PostgreSQL still runs (pid " + postgresPid() + ")");
        }
        List<String> command = postmasterCommand();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                restartedPostgres = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("postgres-restarted.log").toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (awaitDatabase(restartedPostgres, deadline)) {
                return;
            }
            // Usually "pre-existing shared memory block is still in use": an old backend has not noticed yet.
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not start again; see " + data.resolve("postgres-restarted.log"));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Graceful stop, as Ctrl-C or {@code ./pulje stop}: WildFly first, then PostgreSQL. The data folder stays. */
    public void stop() {
        if (launcher == null) {
            return;
        }
        if (launcher.isAlive()) {
            List<ProcessHandle> tree = launcher.descendants().toList();
            launcher.destroy(); // SIGTERM: the launcher's shutdown hook stops WildFly, then PostgreSQL
            if (!waitFor(launcher, STOP_TIMEOUT)) {
                launcher.destroyForcibly();
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        }
        // After killWildFly() the launcher has already ended by itself; either way nothing of ours may stay.
        stopPostgresIfLeft();
        launcher = null;
    }

    /**
     * Stops what still runs (gracefully) and starts the launcher again on the same data folder and ports; waits until
     * Pulje answers. After {@link #killWildFly()} this is the operator's {@code ./pulje run} after a crash.
     */
    public void restart() {
        if (launcher != null && launcher.isAlive()) {
            // After killWildFly() the launcher ends by itself, stopping PostgreSQL; give it the time to.
            waitFor(launcher, STOP_TIMEOUT);
        }
        stop();
        launch();
    }

    /** Ends every process this instance started (gracefully when it can) and deletes the data folder unless kept. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            killEverything();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            if (!settings.keepData && !Boolean.getBoolean("pulje.it.keep.instances")) {
                try {
                    deleteTree(data);
                } catch (IOException e) {
                    System.err.println("PuljeInstance: could not delete " + data + ": " + e);
                }
            }
        }
    }

    // ------------------------------------------------------------------ inside

    private void launch() {
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dpulje.home=" + home,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", home.resolve("launcher/target/classes") + ":" + home.resolve("launcher/target/lib") + "/*",
                "dk.pulje.launcher.PuljeLauncher");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog().toFile()));
        Map<String, String> env = builder.environment();
        // The failsafe JVM carries the IT server's database and mail settings; this instance has its own.
        env.keySet().removeIf(name -> name.startsWith("POSTGRESQL_") || name.startsWith("PULJE_")
                || name.equals("JBOSS_HOME") || name.equals("JAVA_OPTS"));
        env.put("PULJE_DATA", data.toString());
        env.put("PULJE_PORT", Integer.toString(httpPort));
        env.put("PULJE_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("PULJE_DB_PORT", Integer.toString(dbPort));
        env.putAll(settings.env);
        long logStart;
        try {
            logStart = Files.exists(launcherLog()) ? Files.size(launcherLog()) : 0;
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(logStart);
    }

    /** The launcher prints "Pulje is ready" once the EAR is deployed and the start page answers. */
    private void awaitReady(long logStart) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String log = launcherLogFrom(logStart);
            if (log.contains("Pulje is ready")) {
                if (answers(url())) {
                    return;
                }
            } else if (!launcher.isAlive()) {
                throw new IllegalStateException("The Pulje launcher ended while starting (exit " + launcher.exitValue()
                        + "):\n" + log + "\nSee " + serverLog());
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Pulje did not become ready within " + START_TIMEOUT.toSeconds() + " s:\n"
                + launcherLogFrom(logStart) + "\nSee " + serverLog());
    }

    private String launcherLogFrom(long offset) {
        try {
            byte[] all = Files.readAllBytes(launcherLog());
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Process requireLauncher() {
        if (launcher == null || !launcher.isAlive()) {
            throw new IllegalStateException("This Pulje does not run");
        }
        return launcher;
    }

    /** The server JVM: the launcher's descendant that runs jboss-modules. */
    private Optional<ProcessHandle> wildFly() {
        if (launcher == null) {
            return Optional.empty();
        }
        return launcher.descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                .findFirst();
    }

    /** The postmaster of this data folder, if it runs (pg_ctl detaches it, so it is not the launcher's child). */
    private Optional<ProcessHandle> postmaster() {
        Path pidFile = data.resolve("postgres/pgdata/postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(p -> !hasEnded(p))
                    // a stale file after kill -9 may name a pid that someone else has got since
                    .filter(p -> p.info().commandLine().map(c -> c.contains(data.toString())).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** pgdata/postmaster.opts: the binary and its arguments, each in double quotes. */
    private List<String> postmasterCommand() {
        String opts;
        try {
            opts = Files.readString(data.resolve("postgres/pgdata/postmaster.opts"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int firstSpace = opts.indexOf(' ');
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky (which started it first) runs it in a user namespace where it
            // is not root, and so do we.
            command.add("unshare");
            command.add("-U");
        }
        command.add(firstSpace < 0 ? opts : opts.substring(0, firstSpace));
        Matcher argument = QUOTED.matcher(firstSpace < 0 ? "" : opts.substring(firstSpace));
        while (argument.find()) {
            command.add(argument.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return command;
    }

    private boolean awaitDatabase(Process postgres, Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            if (!postgres.isAlive()) {
                return false;
            }
            try (Connection connection = connect()) {
                connection.createStatement().execute("select 1");
                return true;
            } catch (SQLException notYet) {
                sleep(Duration.ofMillis(250));
            }
        }
        return false;
    }

    /** A fast shutdown (SIGINT) of a postmaster that outlived the launcher (e.g. one startPostgres() started). */
    private void stopPostgresIfLeft() {
        Optional<ProcessHandle> left = postmaster();
        if (left.isPresent()) {
            signal(left.get().pid(), "INT");
            if (!awaitEnd(left.get(), Duration.ofSeconds(30))) {
                left.get().destroyForcibly();
                await(left.get());
            }
        }
        if (restartedPostgres != null) {
            if (restartedPostgres.isAlive()) {
                signal(restartedPostgres.pid(), "INT");
                if (!waitFor(restartedPostgres.toHandle(), Duration.ofSeconds(30))) {
                    restartedPostgres.destroyForcibly();
                }
            }
            restartedPostgres = null;
        }
    }

    /** The last line of defence (close() and the JVM shutdown hook): SIGKILL to whatever of ours still lives. */
    private void killEverything() {
        if (launcher != null) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        if (restartedPostgres != null) {
            restartedPostgres.destroyForcibly();
        }
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    /**
     * Whether a process has ended: gone, or a zombie waiting to be reaped. The postmaster is detached (pg_ctl), so
     * init reaps it, and not at once; until then the JDK still counts it as alive.
     */
    public static boolean hasEnded(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException gone) {
            return !process.isAlive();
        }
    }

    /** Waits until the process has ended (see {@link #hasEnded}); false after the timeout. */
    public static boolean awaitEnd(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!hasEnded(process)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep(Duration.ofMillis(100));
        }
        return true;
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void await(ProcessHandle process) {
        if (!awaitEnd(process, Duration.ofSeconds(30))) {
            throw new IllegalStateException("A killed process did not end: " + process.pid());
        }
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(20000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status < 400;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Chosen by the kernel now; the launcher checks again that it is free when it starts. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout: the failsafe JVM runs in ear/, the launcher is built in launcher/target. */
    private static Path checkout() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("launcher/target/classes/dk/pulje/launcher/PuljeLauncher.class"))
                    && Files.exists(candidate.resolve("ear/target/pulje.ear"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("PuljeInstance needs a built checkout (launcher/target/classes, ear/target/pulje.ear)"
                + " above " + dir);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public String toString() {
        return "PuljeInstance[" + settings.name + " at " + url() + ", data " + data + "]";
    }
}

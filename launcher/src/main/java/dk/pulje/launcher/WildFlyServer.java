package dk.pulje.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The WildFly that {@code ./pulje run} starts. It runs from a copy of the provisioned server inside the data folder,
 * so that a build (which re-provisions ear/target/server for the tests) never pulls the floor from under it, and
 * the EAR is handed to the deployment scanner as a file rather than recorded in standalone.xml.
 */
final class WildFlyServer {

    private static final String EAR = "pulje.ear";

    private final LauncherConfig config;
    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final List<String> arguments;
    private final boolean deploysEar;
    private Process process;

    WildFlyServer(LauncherConfig config) {
        this(config, config.data().resolve("server"), config.httpPort(), config.managementPort(), List.of(), true);
    }

    /**
     * A server of {@code ./pulje cluster} (ClusterLauncher): a node or the balancer, each from its own copy of the
     * provisioned server in {@code home}, on its own ports, with extra {@code -D} arguments; the balancer deploys no EAR.
     */
    WildFlyServer(LauncherConfig config, Path home, int httpPort, int managementPort, List<String> arguments,
                  boolean deploysEar) {
        this.config = config;
        this.home = home;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.arguments = List.copyOf(arguments);
        this.deploysEar = deploysEar;
    }

    Path home() {
        return home;
    }

    /** Where this server itself serves Pulje (for a node of the cluster: past the balancer). */
    String url() {
        return "http://localhost:" + httpPort + "/pulje/";
    }

    Path consoleLog() {
        return home().resolve("standalone/log/console.log");
    }

    /** Copies the provisioned server when it changed since the last run, then puts the current EAR in place. */
    void prepare() throws IOException {
        Path source = config.provisionedServer();
        Path target = home();
        Path stampFile = target.resolve(".pulje-provisioned");
        String stamp = stampOf(source);
        if (!Files.exists(stampFile) || !Files.readString(stampFile).equals(stamp)) {
            Folders.deleteTree(target);
            copyTree(source, target, Set.of(source.resolve("standalone/log"), source.resolve("standalone/data"),
                    source.resolve("standalone/tmp"), source.resolve("standalone/deployments")));
            Files.writeString(stampFile, stamp);
        }
        Path deployments = target.resolve("standalone/deployments");
        Files.createDirectories(deployments);
        try (Stream<Path> old = Files.list(deployments)) {
            for (Path marker : old.filter(p -> p.getFileName().toString().startsWith(EAR)).toList()) {
                Files.delete(marker);
            }
        }
        if (deploysEar) {
            Files.copy(config.ear(), deployments.resolve(EAR), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(consoleLog().getParent());
    }

    /** The provisioned server changes when it is provisioned anew; its configuration file tells. */
    private static String stampOf(Path server) throws IOException {
        Path configuration = server.resolve("standalone/configuration/standalone.xml");
        return Files.getLastModifiedTime(configuration).toMillis() + ":" + Files.size(configuration);
    }

    void start(Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        // Its own session: Ctrl-C reaches only the launcher, which then stops WildFly before the database.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(home().resolve("bin/standalone.sh").toString());
        command.add("-Djboss.http.port=" + httpPort);
        command.add("-Djboss.management.http.port=" + managementPort);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", home().toString());
        // standalone.sh then forwards SIGTERM to the server JVM and waits for it.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
    }

    /** Waits until the EAR is deployed and the start page answers; fails fast when the deployment fails. */
    void awaitReady(Duration timeout) throws InterruptedException {
        awaitReady(url(), timeout);
    }

    /** As {@link #awaitReady(Duration)}, asking at {@code url} (the balancer: Pulje through it). */
    void awaitReady(String url, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Path deployments = home().resolve("standalone/deployments");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LauncherException("WildFly stopped while starting. The last lines of " + consoleLog() + ":\n" + tail());
            }
            Path failed = deployments.resolve(EAR + ".failed");
            if (Files.exists(failed)) {
                throw new LauncherException("Pulje could not be deployed:\n" + read(failed)
                        + "\nSee " + home().resolve("standalone/log/server.log"));
            }
            if ((!deploysEar || Files.exists(deployments.resolve(EAR + ".deployed"))) && answers(url)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
         throw new LauncherException("Pulje did not answer at " + url + " within " + timeout.toSeconds() + " s. "
                + "See " + home().resolve("standalone/log/server.log"));
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(10000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status < 400;
        } catch (IOException e) {
            return false;
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * The server JVM's peak resident memory so far in KiB (Linux: VmHWM of the java process under standalone.sh), or
     * -1 where it cannot be read; for ./pulje bench.
     */
    long peakResidentKib() {
        if (process == null) {
            return -1;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .filter(handle -> handle.info().command().map(c -> c.endsWith("java")).orElse(false))
                .mapToLong(handle -> {
                    try {
                        return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", Long.toString(handle.pid()), "status"))
                                .stream().filter(line -> line.startsWith("VmHWM:"))
                                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
                    } catch (java.io.IOException | RuntimeException e) {
                        return -1;
                    }
                }).max().orElse(-1);
    }

    /** The pid of the started process (standalone.sh, which passes SIGTERM on to the server JVM), or -1. */
    long pid() {
        return process == null ? -1 : process.pid();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** A graceful stop (SIGTERM), then a forced one for whatever is still alive after the grace period. */
    void stop(Duration grace) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(consoleLog(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the server, leaving out what a previous run of it (the tests') left behind. */
    private static void copyTree(Path source, Path target, Set<Path> leaveOut) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (leaveOut.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

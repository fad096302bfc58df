package dk.pulje.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pulje cluster}: Pulje on two servers, as it grows past one machine (issue 14, docs/operations.md
 * "Two servers", ADR 0023), here all on loopback. One PostgreSQL (the embedded one of the data folder, or the external
 * one configured), two WildFly nodes from the same provisioned server (node-1, node-2: each its own copy under
 * {@code $PULJE_DATA/cluster/}, free ports chosen now, one JGroups cluster over TCP with both members named), and a
 * third copy as the load balancer (Undertow's reverse proxy, balancer.cli) on PULJE_PORT. Sessions are replicated
 * between the nodes (web.xml {@code <distributable/>}), so stopping one node gracefully logs nobody out.
 * <p>
 * The ports and pids are written to {@code $PULJE_DATA/cluster/cluster.properties} (for an operator, and for ClusterIT
 * which stops a node in the middle of a journey). {@code ./pulje stop} stops the balancer, the nodes, then PostgreSQL.
 */
public final class ClusterLauncher {

    static final String NODE_1 = "node-1";
    static final String NODE_2 = "node-2";

    private final LauncherConfig config;
    private final Path folder;
    private final List<WildFlyServer> nodes = new ArrayList<>();
    private WildFlyServer balancer;
    private InstanceLock lock;
    private ServerDatabase database;
    private boolean stopped;

    private ClusterLauncher(LauncherConfig config) {
        this.config = config;
        this.folder = config.data().resolve("cluster");
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize();
        LauncherMain.run(new ClusterLauncher(LauncherConfig.from(System.getenv(), home))::run);
    }

    private void run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        config.requireBuilt();
        lock = InstanceLock.acquire(config.data());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "pulje-cluster-stop"));
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("cluster.properties"));
        Ports.requireFree(config.httpPort(), "PULJE_PORT");
        Ports.requireFree(config.managementPort(), "PULJE_MANAGEMENT_PORT");

        database = ServerDatabase.open(config);
        Map<String, String> environment = database.environment();
        environment.put("PULJE_DEMO_DATA", Boolean.toString(config.demoData()));
        environment.put("PULJE_BASE_URL", config.baseUrl());
        NodePorts one = NodePorts.free();
        NodePorts two = NodePorts.free();
        // Both members named on each node; a cluster name of this data folder's own, so that two clusters on one
        // machine (or a cluster and the tests) never merge even if one of them found the other's port.
        environment.put("PULJE_CLUSTER_MEMBERS", one.member() + "," + two.member());
        environment.put("PULJE_CLUSTER_NAME", "pulje-" + Integer.toHexString(config.data().toString().hashCode()));
        nodes.add(node(NODE_1, one));
        nodes.add(node(NODE_2, two));

        // One after the other: the first node migrates the database and loads the demo data alone.
        for (int i = 0; i < nodes.size(); i++) {
            WildFlyServer node = nodes.get(i);
            NodePorts ports = i == 0 ? one : two;
            Map<String, String> nodeEnvironment = new HashMap<>(environment);
            nodeEnvironment.put("PULJE_CLUSTER_PORT", Integer.toString(ports.jgroups()));
            // Each client by its own address (throttles, rate limits, security log), as the balancer forwards it.
            nodeEnvironment.put("PULJE_BEHIND_PROXY", "true");
            say("Starting WildFly " + name(i) + " on port " + ports.http() + " (log: " + node.consoleLog() + ")");
            node.prepare();
            node.start(nodeEnvironment);
            node.awaitReady(Duration.ofMinutes(5));
        }

        balancer = new WildFlyServer(config, folder.resolve("balancer"), config.httpPort(), config.managementPort(),
                List.of("-Djboss.node.name=balancer"), false);
        say("Starting the load balancer (WildFly, Undertow reverse proxy) on port " + config.httpPort());
        balancer.prepare();
        configureBalancer();
        Map<String, String> balancerEnvironment = new HashMap<>();
        balancerEnvironment.put("PULJE_NODE_1_PORT", Integer.toString(one.http()));
        balancerEnvironment.put("PULJE_NODE_2_PORT", Integer.toString(two.http()));
        balancer.start(balancerEnvironment);
        balancer.awaitReady(config.url(), Duration.ofMinutes(3));
        writeProperties(one, two);

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println();
        System.out.println("  Pulje runs on two servers after " + seconds + " s:  " + config.url() + "  (the load balancer)");
        System.out.println("    " + NODE_1 + ": " + nodes.get(0).url() + "  pid " + nodes.get(0).pid());
        System.out.println("    " + NODE_2 + ": " + nodes.get(1).url() + "  pid " + nodes.get(1).pid());
        System.out.println("  Stop one node gracefully (kill -TERM <pid>): its users go on on the other, still logged in.");
        System.out.println("  Ports and pids: " + folder.resolve("cluster.properties"));
        System.out.println("  Stop all with Ctrl-C or ./pulje stop.");
        System.out.println();

        watch();
        stop();
    }

    /** Runs until stopped; says when a node ends (a node stopped by hand is not restarted). */
    private void watch() throws InterruptedException {
        boolean[] told = new boolean[nodes.size()];
        while (!isStopping() && balancer.isRunning()) {
            for (int i = 0; i < nodes.size(); i++) {
                if (!told[i] && !nodes.get(i).isRunning()) {
                    told[i] = true;
                    say("WildFly " + name(i) + " has stopped; the balancer sends its users to the other node.");
                }
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private WildFlyServer node(String name, NodePorts ports) {
        return new WildFlyServer(config, folder.resolve(name), ports.http(), ports.management(),
                List.of("-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name), true);
    }

    private static String name(int index) {
        return index == 0 ? NODE_1 : NODE_2;
    }

    /** The balancer's copy is configured once (balancer.cli through WildFly's own CLI, offline); a fresh copy again. */
    private void configureBalancer() throws IOException, InterruptedException {
        Path home = balancer.home();
        Path marker = home.resolve(".pulje-balancer");
        if (Files.exists(marker)) {
            return;
        }
        Path script = home.resolve("balancer.cli");
        try (InputStream in = ClusterLauncher.class.getResourceAsStream("balancer.cli")) {
            if (in == null) {
                throw new LauncherException("balancer.cli is missing from the launcher");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = home.resolve("balancer-cli.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        Process cli = builder.start();
        if (!cli.waitFor(3, TimeUnit.MINUTES) || cli.exitValue() != 0) {
            cli.destroyForcibly();
            throw new LauncherException("Could not configure the load balancer; see " + log);
        }
        Files.writeString(marker, "configured by balancer.cli\n", StandardCharsets.UTF_8);
    }

    private void writeProperties(NodePorts one, NodePorts two) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("url", config.url());
        properties.setProperty("balancer.pid", Long.toString(balancer.pid()));
        properties.setProperty(NODE_1 + ".url", nodes.get(0).url());
        properties.setProperty(NODE_1 + ".pid", Long.toString(nodes.get(0).pid()));
        properties.setProperty(NODE_1 + ".management.port", Integer.toString(one.management()));
        properties.setProperty(NODE_2 + ".url", nodes.get(1).url());
        properties.setProperty(NODE_2 + ".pid", Long.toString(nodes.get(1).pid()));
        properties.setProperty(NODE_2 + ".management.port", Integer.toString(two.management()));
        Path file = folder.resolve("cluster.properties");
        Path partial = folder.resolve("cluster.properties.tmp");
        try (var out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(out, "./pulje cluster: written when all three servers answer");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private synchronized boolean isStopping() {
        return stopped;
    }

    /** Idempotent: the balancer first (no new requests), then the nodes, then the database. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Files.deleteIfExists(folder.resolve("cluster.properties"));
            if (balancer != null && balancer.isRunning()) {
                say("Stopping the load balancer …");
                balancer.stop(Duration.ofSeconds(30));
            }
            for (int i = nodes.size() - 1; i >= 0; i--) {
                if (nodes.get(i).isRunning()) {
                    say("Stopping WildFly " + name(i) + " …");
                    nodes.get(i).stop(Duration.ofSeconds(60));
                }
            }
            if (database != null && database.isEmbedded()) {
                say("Stopping PostgreSQL …");
                database.close();
            }
            if (lock != null) {
                lock.close();
            }
            say("Pulje (two servers) stopped.");
        } catch (IOException e) {
            System.err.println("pulje: while stopping: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A node's ports, chosen free on loopback now: HTTP, management and JGroups. */
    record NodePorts(int http, int management, int jgroups) {

        static NodePorts free() throws IOException {
            return new NodePorts(Ports.free(), Ports.free(), Ports.free());
        }

        /** This node in JGroups' TCPPING notation. */
        String member() {
            return "127.0.0.1[" + jgroups + "]";
        }
    }

    private static void say(String line) {
        System.out.println("pulje: " + line);
    }
}

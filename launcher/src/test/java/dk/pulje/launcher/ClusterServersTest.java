package dk.pulje.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three servers of ./pulje cluster: each its own copy, the balancer without the EAR, its configuration shipped. */
class ClusterServersTest {

    @TempDir
    Path home;

    @Test
    void nodesGetTheEarTheBalancerDoesNot() throws IOException {
        Path server = home.resolve("ear/target/server");
        Files.createDirectories(server.resolve("standalone/configuration"));
        Files.createDirectories(server.resolve("bin"));
        Files.writeString(server.resolve("standalone/configuration/standalone.xml"), "<server/>");
        Files.writeString(server.resolve("bin/standalone.sh"), "#!/bin/sh\n");
        Files.writeString(home.resolve("ear/target/pulje.ear"), "ear");
        LauncherConfig config = LauncherConfig.from(Map.of("PULJE_DATA", home.resolve("data").toString()), home);

        WildFlyServer node = new WildFlyServer(config, home.resolve("data/cluster/node-1"), 18081, 19991,
                List.of("-Djboss.node.name=node-1"), true);
        WildFlyServer balancer = new WildFlyServer(config, home.resolve("data/cluster/balancer"), 18080, 19990,
                List.of(), false);
        node.prepare();
        balancer.prepare();

        assertTrue(Files.exists(home.resolve("data/cluster/node-1/standalone/deployments/pulje.ear")));
        assertTrue(Files.exists(home.resolve("data/cluster/balancer/bin/standalone.sh")), "the balancer is a copy too");
        assertFalse(Files.exists(home.resolve("data/cluster/balancer/standalone/deployments/pulje.ear")),
                "the balancer serves no Pulje of its own");
        assertEquals("http://localhost:18081/pulje/", node.url());
        // ./pulje run's server is unchanged: the data folder's server/ on PULJE_PORT
        assertEquals(home.resolve("data/server"), new WildFlyServer(config).home());
    }

    @Test
    void balancerConfigurationProxiesToBothNodesStickily() throws IOException {
        try (InputStream in = ClusterLauncher.class.getResourceAsStream("balancer.cli")) {
            assertNotNull(in, "balancer.cli ships with the launcher");
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(script.contains("session-cookie-names=JSESSIONID"), script);
            for (String node : List.of(ClusterLauncher.NODE_1, ClusterLauncher.NODE_2)) {
                assertTrue(script.contains("host=" + node + ":add(") && script.contains("instance-id=" + node), node);
            }
        }
    }

    @Test
    void membersAreNamedInTcppingNotation() {
        assertEquals("127.0.0.1[7801]", new ClusterLauncher.NodePorts(8081, 9991, 7801).member());
    }
}

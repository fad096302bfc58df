package dk.pulje.it.ops;

import dk.pulje.it.support.ops.PuljeInstance;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test support that the operations tests stand on: a separate Pulje (./pulje run in a child JVM) starts with demo
 * data, can be killed and restarted, and leaves no process behind.
 */
class PuljeInstanceIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void startsKillsRestartsAndLeavesNothingBehind() throws Exception {
        List<ProcessHandle> seen = new ArrayList<>();
        PuljeInstance pulje = PuljeInstance.start("instance-lifecycle");
        try {
            assertEquals(200, status(pulje.url() + "login.xhtml"), "the login page answers");
            try (Connection connection = pulje.connect();
                 ResultSet rows = connection.createStatement().executeQuery("select count(*) from fund")) {
                rows.next();
                assertTrue(rows.getInt(1) > 0, "the demo data is loaded");
            }
            long firstWildFly = pulje.wildFlyPid();
            seen.add(ProcessHandle.of(pulje.launcherPid()).orElseThrow());
            seen.add(ProcessHandle.of(firstWildFly).orElseThrow());
            seen.add(ProcessHandle.of(pulje.postgresPid()).orElseThrow());

            pulje.killWildFly();
            assertTrue(ProcessHandle.of(firstWildFly).map(PuljeInstance::hasEnded).orElse(true));
            pulje.restart();
            assertNotEquals(firstWildFly, pulje.wildFlyPid());
            assertEquals(200, status(pulje.url() + "login.xhtml"), "it answers again after the restart");
            seen.add(ProcessHandle.of(pulje.launcherPid()).orElseThrow());
            seen.add(ProcessHandle.of(pulje.wildFlyPid()).orElseThrow());
            seen.add(ProcessHandle.of(pulje.postgresPid()).orElseThrow());
        } finally {
            pulje.close();
        }
        for (ProcessHandle process : seen) {
            // init reaps the detached postmaster a moment later; a zombie has ended
            assertTrue(PuljeInstance.awaitEnd(process, Duration.ofSeconds(10)),
                    "left running: " + process.pid() + " " + process.info().commandLine().orElse(""));
        }
        assertFalse(Files.exists(pulje.dataFolder()), "the data folder is deleted");
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package dk.pulje.it.security;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.RawHttp;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pulje stays up while someone guesses passwords, and guessing never keeps the real user out (issue 8). Bounded:
 * loopback only, a few dozen requests, seconds.
 */
@PuljeIntegrationTest
@RunAsClient
class LoginAvailabilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aBurstOfFailedLoginsNeitherFailsNorSlowsDownASignedInUser() throws Exception {
        WebClient randers = WebClient.loggedIn("randers", DemoUser.PASSWORD);
        int burst = 40;
        ExecutorService pool = Executors.newFixedThreadPool(burst + 1);
        long started = System.nanoTime();
        try {
            List<Future<RawHttp.Response>> guesses = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String ghost = "ghost" + i;
                guesses.add(pool.submit(() -> RawHttp.get("127.0.0.9", "/pulje/api/projects",
                        "Authorization: " + RawHttp.basic(ghost, "x"))));
            }
            Future<List<Integer>> user = pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    statuses.add(randers.get("projects/list.xhtml").statusCode());
                }
                return statuses;
            });
            List<RawHttp.Response> answers = new ArrayList<>();
            for (Future<RawHttp.Response> guess : guesses) {
                answers.add(guess.get(60, TimeUnit.SECONDS));
            }
            Map<Integer, Long> statuses = answers.stream()
                    .collect(Collectors.groupingBy(RawHttp.Response::status, TreeMap::new, Collectors.counting()));
            assertEquals(List.of(200, 200, 200, 200, 200), user.get(60, TimeUnit.SECONDS), "the signed-in user never noticed");
            assertTrue(statuses.keySet().stream().allMatch(s -> s == 401 || s == 429), "only refusals, never a 500: " + statuses);
            assertTrue(statuses.getOrDefault(429, 0L) > 0, "hashing is bounded: some were told to come back: " + statuses);
            RawHttp.Response busy = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
            assertTrue(busy.header("Retry-After").isPresent(), "a 429 says when to come back");
            assertTrue(busy.header("Content-Type").orElse("").startsWith("application/problem+json"), busy.headers().toString());
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.toSeconds() < 30, "bounded: " + took);
    }

    @Test
    void fiftyParallelCallsOfOneUserAllSucceed() throws Exception {
        List<Integer> statuses = parallel(50, i -> () -> RawHttp.get("127.0.0.1", "/pulje/api/projects?size=1",
                "Authorization: " + RawHttp.basic("region", DemoUser.PASSWORD)).status());
        assertEquals(50, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    }

    @Test
    void aFloodFromOneAddressNeverKeepsTheRealUserOutFromAnother() {
        List<Integer> flood = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            flood.add(RawHttp.get("127.0.0.2", "/pulje/api/projects", "Authorization: " + RawHttp.basic("aarhus", "gæt-" + i)).status());
        }
        assertEquals(401, flood.get(0));
        assertTrue(flood.contains(429), "the flooding address is slowed down: " + flood);
        assertFalse(flood.contains(500), flood.toString());
        assertEquals(429, RawHttp.get("127.0.0.2", "/pulje/api/projects",
                "Authorization: " + RawHttp.basic("aarhus", DemoUser.PASSWORD)).status(), "even the right password waits there");
        assertEquals(200, RawHttp.get("127.0.0.3", "/pulje/api/projects",
                "Authorization: " + RawHttp.basic("aarhus", DemoUser.PASSWORD)).status(), "the real user from another address");
        assertEquals(200, WebClient.loggedIn("aarhus", DemoUser.PASSWORD).get("index.xhtml").statusCode(),
                "and the form login from the usual address works too");
    }

    private static <T> List<T> parallel(int n, Function<Integer, Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(task.apply(i)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

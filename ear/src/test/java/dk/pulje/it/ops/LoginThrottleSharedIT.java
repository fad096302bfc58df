package dk.pulje.it.ops;

import dk.pulje.application.security.LoginThrottle;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login throttle on the real database (issue 14, ADR 0022): the rules it had in memory (docs/security.md
 * "Throttling"), and two servers (two throttles on one database) counting one guesser once. Usernames and addresses
 * are this test's own (a random part), so other tests' logins count nothing here.
 */
@PuljeIntegrationTest
class LoginThrottleSharedIT {

    private static final int FREE_PER_PAIR = 5;
    private static final int FREE_PER_ACCOUNT = 50;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(LoginThrottleSharedIT.class, SettableClock.class);
    }

    @Resource(lookup = "java:jboss/datasources/PuljeDS")
    DataSource database;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LoginThrottle throttle() {
        return new LoginThrottle(clock, database);
    }

    private String user(String name) {
        return name + "-" + run;
    }

    private String address(String address) {
        return address + "/" + run;
    }

    @Test
    void freeFailuresThenDoublingWaitsForTheUsernameFromOneAddress() {
        LoginThrottle throttle = throttle();
        String randers = user("randers");
        String from = address("10.0.0.1");
        for (int i = 0; i < FREE_PER_PAIR; i++) {
            assertTrue(throttle.waitBefore(randers, from).isEmpty(), "free failure " + i);
            throttle.failed(randers, from);
        }
        assertTrue(throttle.waitBefore(randers, from).isEmpty(), "the fifth failure is still free");
        throttle.failed(randers, from);
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(randers, from).orElseThrow());
        clock.advance(Duration.ofSeconds(1));
        throttle.failed(randers, from);
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore(randers, from).orElseThrow());
        for (int i = 0; i < 20; i++) {
            throttle.failed(randers, from);
        }
        assertEquals(MAX_WAIT, throttle.waitBefore(randers, from).orElseThrow(), "never more than 15 minutes");
    }

    @Test
    void aFloodFromOneAddressNeverHoldsBackTheSameUsernameFromAnother() {
        LoginThrottle throttle = throttle();
        String sysadmin = user("sysadmin");
        String attacker = address("10.6.6.6");
        // A guess every second for two days, from one address: only the guesses the throttle lets through are checked.
        // Seconds in which the guess must wait are skipped to the first second it may be checked (a refused guess
        // counts nothing), so the database is asked once per checked guess, not 172,800 times.
        Instant end = clock.instant().plus(Duration.ofDays(2));
        int checked = 0;
        while (true) {
            clock.advance(Duration.ofSeconds(1));
            Optional<Duration> wait = throttle.waitBefore(sysadmin, attacker);
            if (wait.isPresent()) {
                clock.advance(Duration.ofSeconds(wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0) - 1));
            } else {
                throttle.failed(sysadmin, attacker);
                checked++;
            }
            if (!clock.instant().isBefore(end)) {
                break;
            }
        }
        assertTrue(checked < 5 + 10 + 2 * 24 * 4 + 2, "about four guesses an hour after the first: " + checked);
        assertTrue(checked > 2 * 24 * 4 - 5, "and the throttle does let one through every 15 minutes: " + checked);
        assertTrue(throttle.waitBefore(sysadmin, attacker).isPresent());
        assertTrue(throttle.waitBefore(sysadmin, address("192.168.1.20")).isEmpty(), "the real user's address is untouched");
        assertTrue(throttle.waitBefore(user("admin"), attacker).isPresent(), "the flooding address waits for every username");
    }

    @Test
    void manyAddressesGuessingOneUsernameAreSlowedButNotItsKnownAddress() {
        LoginThrottle throttle = throttle();
        String admin = user("admin");
        throttle.succeeded(admin, address("192.168.1.20"));
        for (int i = 0; i <= FREE_PER_ACCOUNT; i++) {
            throttle.failed(admin, address("10.0." + (i / 250) + "." + (i % 250)));
        }
        assertTrue(throttle.waitBefore(admin, address("10.9.9.9")).isPresent(), "a new address waits once the username is under attack");
        assertTrue(throttle.waitBefore(admin, address("192.168.1.20")).isEmpty(), "the address the user logged in from does not");
    }

    @Test
    void waitsAreTheSameForUsernamesThatDoNotExist() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 6; i++) {
            throttle.failed(user("randers"), address("10.0.0.1"));
            throttle.failed(user("ghost"), address("10.0.0.2"));
        }
        assertEquals(throttle.waitBefore(user("randers"), address("10.0.0.1")),
                throttle.waitBefore(user("ghost"), address("10.0.0.2")));
    }

    @Test
    void quietCountersAreForgotten() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 10; i++) {
            throttle.failed(user("randers"), address("10.0.0.1"));
        }
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        throttle.failed(user("randers"), address("10.0.0.1"));
        assertFalse(throttle.waitBefore(user("randers"), address("10.0.0.1")).isPresent(),
                "one failure after a quiet day is free again");
    }

    @Test
    void twoServersCountOneGuesserOnce() {
        LoginThrottle one = throttle();
        LoginThrottle other = throttle();
        String target = user("kasserer");
        String guesser = address("10.7.7.7");
        // Three failures on each server: in memory each would still have two free; shared, the sixth is one too many.
        for (int i = 0; i < 3; i++) {
            one.failed(target, guesser);
            other.failed(target, guesser);
        }
        assertEquals(Duration.ofSeconds(1), one.waitBefore(target, guesser).orElseThrow());
        assertEquals(Duration.ofSeconds(1), other.waitBefore(target, guesser).orElseThrow(), "the other server knows too");

        other.succeeded(target, address("192.168.7.7"));
        for (int i = 0; i <= FREE_PER_ACCOUNT; i++) {
            (i % 2 == 0 ? one : other).failed(target, address("10.8." + (i / 250) + "." + (i % 250)));
        }
        assertTrue(one.waitBefore(target, address("10.9.9.9")).isPresent(), "the username's counter is one for both");
        assertTrue(one.waitBefore(target, address("192.168.7.7")).isEmpty(), "a login on one server is known on the other");
    }
}

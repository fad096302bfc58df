package dk.pulje.domain.model.account;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenSecretTest {

    @Test
    void aTokenReadsBackAsItselfAndMatchesOnlyItsOwnHash() {
        ApiTokenSecret token = ApiTokenSecret.generate();
        String text = token.text();
        assertTrue(text.matches("pulje_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), text);
        ApiTokenSecret parsed = ApiTokenSecret.parse(text).orElseThrow();
        assertEquals(token, parsed);
        assertTrue(parsed.matches(token.hash()));
        assertFalse(ApiTokenSecret.generate().matches(token.hash()));
        assertEquals(64, token.hash().length());
        assertEquals("pulje_" + token.lookup(), token.displayPrefix());
    }

    @Test
    void theSecretIsNeverInTheTextOfTheObject() {
        ApiTokenSecret token = ApiTokenSecret.generate();
        assertFalse(token.toString().contains(token.secret()));
    }

    @Test
    void onlyTheTokensOwnFormIsAccepted() {
        String good = ApiTokenSecret.generate().text();
        assertTrue(ApiTokenSecret.parse(" " + good + " ").isPresent());
        assertTrue(ApiTokenSecret.parse(good.substring(1)).isEmpty());
        assertTrue(ApiTokenSecret.parse(good + "x").isEmpty());
        assertTrue(ApiTokenSecret.parse(good.replace("pulje_", "PULJE_")).isEmpty());
        assertTrue(ApiTokenSecret.parse("pulje_abc_def").isEmpty());
        assertTrue(ApiTokenSecret.parse(null).isEmpty());
        assertTrue(ApiTokenSecret.parse("x".repeat(10_000)).isEmpty());
        assertFalse(ApiTokenSecret.parse(good).orElseThrow().matches("not hex"));
    }

    @Test
    void secretsAndLookupsDoNotRepeat() {
        Set<String> lookups = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ApiTokenSecret token = ApiTokenSecret.generate();
            lookups.add(token.lookup());
            secrets.add(token.secret());
        }
        assertEquals(1000, lookups.size());
        assertEquals(1000, secrets.size());
    }

    @Test
    void aTokenNeedsANameAndAFutureExpiryAndRevokingKeepsTheFirstRevocation() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        UserAccount user = new UserAccount("someone", "Some One", "hash", now);
        ApiTokenSecret secret = ApiTokenSecret.generate();
        assertThrows(RuleViolation.class, () -> new ApiToken(user, " ", secret, false, null, now));
        assertThrows(RuleViolation.class, () -> new ApiToken(user, "x".repeat(101), secret, false, null, now));
        assertEquals("apiToken.expiryInPast",
                assertThrows(RuleViolation.class, () -> new ApiToken(user, "CI", secret, false, now, now)).key());
        ApiToken token = new ApiToken(user, " CI ", secret, true, now.plus(Duration.ofDays(1)), now);
        assertEquals("CI", token.getName());
        assertNotEquals(secret.secret(), token.getDisplayPrefix());
        assertTrue(token.isActive(now));
        assertFalse(token.isActive(now.plus(Duration.ofDays(1))));
        token.revoke("admin", now.plusSeconds(1));
        token.revoke("other", now.plusSeconds(2));
        assertEquals("admin", token.getRevokedBy());
        assertEquals(now.plusSeconds(1), token.getRevokedAt());
        assertFalse(token.isActive(now));
    }
}

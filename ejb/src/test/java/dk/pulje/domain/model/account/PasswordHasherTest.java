package dk.pulje.domain.model.account;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theStoredFormNamesAlgorithmIterationsSaltAndKey() {
        String hash = hasher.hash("Lange sætninger er gode".toCharArray());
        String[] parts = hash.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("600000", parts[1], "OWASP's figure for PBKDF2-HMAC-SHA256");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "16 bytes of salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "a 256-bit key");
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hasher.hash("Lange sætninger er gode".toCharArray());
        assertTrue(hasher.verify("Lange sætninger er gode".toCharArray(), hash));
        assertFalse(hasher.verify("Lange sætninger er godE".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("samme adgangskode".toCharArray()), hasher.hash("samme adgangskode".toCharArray()));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain text"));
        assertFalse(hasher.verify("x".toCharArray(), "MD5:1:abc:def"));
        assertFalse(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:many:!!:??"));
    }

    @Test
    void weakerOldHashesStillVerifyAndAreMarkedForRehash() {
        String old = new PasswordHasher(10_000).hash("gammel adgangskode".toCharArray());
        assertTrue(hasher.verify("gammel adgangskode".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("ny adgangskode".toCharArray())));
    }
}

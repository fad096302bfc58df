package dk.pulje.application.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TOTP as RFC 6238 defines it (its appendix B test vectors, SHA-1), with the window and replay step Pulje uses. */
class TotpTest {

    /** The RFC's SHA-1 seed "12345678901234567890" in base32, as an authenticator app would hold it. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreTheRfcsTestVectorsCutToSixDigits() {
        assertEquals("287082", Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndTellsWhichStep() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, "005924", now));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now));
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, "005 924", now), "a space between the groups is fine");
    }

    @Test
    void aCodeTwoStepsAwayOrMalformedIsRefused() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "", now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, null, now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "00592a", now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "0059245", now).isEmpty());
    }

    @Test
    void aNewSecretIs160RandomBitsInBase32AndTheUriIsWhatAppsRead() {
        String secret = Totp.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertNotEquals(secret, Totp.newSecret());
        String uri = Totp.uri(secret, "anne");
        assertTrue(uri.startsWith("otpauth://totp/anne?"), uri);
        assertTrue(uri.contains("secret=" + secret) && uri.contains("issuer=Pulje") && uri.contains("algorithm=SHA1")
                && uri.contains("digits=6") && uri.contains("period=30"), uri);
        assertTrue(Totp.qrDataUri(secret, "anne").startsWith("data:image/png;base64,"));
    }
}

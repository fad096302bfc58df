package dk.pulje.application.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfSixteenCharacters() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(RecoveryCodes.looksLikeOne(code), code));
    }

    @Test
    void theHashIgnoresCaseSpacesAndDashesButNothingElse() {
        String code = RecoveryCodes.generate().get(0);
        String hash = RecoveryCodes.hash(code);
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertEquals(hash, RecoveryCodes.hash(code.toUpperCase().replace("-", " ")));
        assertNotEquals(hash, RecoveryCodes.hash(code.substring(1)));
    }

    @Test
    void aSixDigitCodeIsNoRecoveryCode() {
        assertFalse(RecoveryCodes.looksLikeOne("123456"));
        assertFalse(RecoveryCodes.looksLikeOne(null));
    }
}

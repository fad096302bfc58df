package dk.pulje.domain.model.account;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAtLeast() {
        assertEquals("password.tooShort", violation("Kort-men-ok", "anne"));
        assertDoesNotThrow(() -> PasswordPolicy.check("Bibliotek i regn".toCharArray(), "anne"));
    }

    @Test
    void notEndlessEither() {
        assertEquals("password.tooLong", violation("a".repeat(60) + "b".repeat(69), "anne"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Adgangskode123", "Sommer2026!!!", "123456789012", "qwertyuiop12",
            "abcdefghijklm", "Velkommen!!2025", "Demo-Pulje-2026"})
    void commonPasswordsAndCommonWordsWithDigitsAreRefused(String common) {
        assertEquals("password.common", violation(common, "anne"));
    }

    @Test
    void oneCharacterOverAndOverIsRefused() {
        assertEquals("password.tooSimple", violation("aaaaaaaaaaaaaaa", "anne"));
        assertEquals("password.tooSimple", violation("ababababababab", "anne"));
    }

    @Test
    void theUsernameIsNoPassword() {
        assertEquals("password.containsUsername", violation("randers-bibliotek-2026", "randers"));
    }

    @Test
    void aSentenceIsAGoodPassword() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Hestene løber over engen i maj".toCharArray(), "randers"));
    }

    private static String violation(String password, String username) {
        return assertThrows(RuleViolation.class, () -> PasswordPolicy.check(password.toCharArray(), username)).key();
    }
}

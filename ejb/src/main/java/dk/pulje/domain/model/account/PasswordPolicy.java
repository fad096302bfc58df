package dk.pulje.domain.model.account;

import dk.pulje.domain.model.shared.RuleViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (OWASP ASVS 5.0, chapter 6): at least 12 characters, at most 128, not a commonly used
 * password or a common word with digits and signs around it, not built from the username, and not one character
 * repeated. No rules about character classes: length beats complexity.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");
    private static final Set<String> COMMON_WORDS = load("common-words.txt");

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with a message a user understands. */
    public static void check(char[] password, String username) {
        String candidate = new String(password);
        if (candidate.length() < MIN_LENGTH) {
            throw new RuleViolation("password.tooShort", MIN_LENGTH);
        }
        if (candidate.length() > MAX_LENGTH) {
            throw new RuleViolation("password.tooLong", MAX_LENGTH);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            throw new RuleViolation("password.tooSimple");
        }
        if (COMMON.contains(lower) || COMMON_WORDS.contains(core(lower)) || isSequence(lower)) {
            throw new RuleViolation("password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT).strip())) {
            throw new RuleViolation("password.containsUsername");
        }
    }

    /** "Sommer2024!!" → "sommer": a common word dressed up with digits and signs is still a common word. */
    static String core(String lower) {
        return lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    /** "123456789012", "abcdefghijkl", "qwertyuiopå": keyboard and counting runs. */
    static boolean isSequence(String lower) {
        String[] runs = {"0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyzæøå", "qwertyuiopåasdfghjklæøzxcvbnm"};
        for (String run : runs) {
            if (run.contains(lower) || new StringBuilder(run).reverse().toString().contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}

package dk.pulje.domain.model.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an API token, {@code pulje_<lookup>_<secret>} (ADR 0018): a public lookup part (12 lower-case letters and
 * digits, unique, indexed: the one read that finds the token) and a secret of 256 random bits (43 characters of
 * URL-safe Base64). Only the SHA-256 of the secret is stored. A slow hash would protect nothing here: it exists to
 * make guessing a person's low-entropy password expensive, and nobody can try 2^256 secrets; so a request pays one
 * SHA-256 (microseconds) instead of PBKDF2 (about 150 ms). The prefix makes a leaked token easy to recognise for
 * secret scanners and people.
 */
public record ApiTokenSecret(String lookup, String secret) {

    public static final String PREFIX = "pulje_";
    private static final Pattern FORMAT = Pattern.compile("pulje_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final String LOOKUP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh token: its text is shown once and never stored. */
    public static ApiTokenSecret generate() {
        StringBuilder lookup = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            lookup.append(LOOKUP_ALPHABET.charAt(RANDOM.nextInt(LOOKUP_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new ApiTokenSecret(lookup.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token as a client sent it, if it has the token's form at all (anything else is refused before the database). */
    public static Optional<ApiTokenSecret> parse(String text) {
        if (text == null || text.length() > 100) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        return matcher.matches() ? Optional.of(new ApiTokenSecret(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** What the client sends. */
    public String text() {
        return PREFIX + lookup + "_" + secret;
    }

    /** What is shown of a token after its creation: enough to recognise it, nothing to use it. */
    public String displayPrefix() {
        return displayPrefix(lookup);
    }

    public static String displayPrefix(String lookup) {
        return PREFIX + lookup;
    }

    /** Hex SHA-256 of the secret: what the database keeps. */
    public String hash() {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Whether this secret is the one whose hash is stored, compared in constant time. */
    public boolean matches(String storedHash) {
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sha256(secret), stored);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Never the secret in a log or a debugger's view. */
    @Override
    public String toString() {
        return displayPrefix() + "_…";
    }
}

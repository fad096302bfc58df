package dk.pulje.application.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA-1, 6 digits, 30-second steps.
 * A code is accepted for the current step and one step either side (clocks drift); which step matched is returned, so
 * that the caller can refuse the same step twice (replay). The arithmetic is dev.samstevens.totp's; ADR 0020.
 */
public final class Totp {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    static final String ISSUER = "Pulje";

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    /** 160 random bits as 32 base32 characters. */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The step a moment falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code for a step: for the tests and for nobody else. */
    public static String codeAt(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    /**
     * The step (now − 1, now, now + 1) whose code the typed one is, compared in constant time; empty when none is.
     * Spaces typed between the digit groups are ignored.
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        long matched = -1;
        for (long step = current - 1; step <= current + 1; step++) {
            // every step is compared, so the time does not tell which one matched
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                matched = step;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /** The otpauth:// address an authenticator app reads from the QR code. */
    public static String uri(String secret, String username) {
        return qrData(secret, username).getUri();
    }

    /** The QR code of {@link #uri} as a PNG data URI, made here: the secret never leaves the server for a QR service. */
    public static String qrDataUri(String secret, String username) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(qrData(secret, username)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    private static QrData qrData(String secret, String username) {
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}

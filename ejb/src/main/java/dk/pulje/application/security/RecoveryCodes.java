package dk.pulje.application.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes for a lost phone: ten at a time, 16 random letters and digits each (about 82 bits), shown once and
 * stored only as SHA-256. A fast hash is enough for codes this random; a slow one would only slow the login.
 */
public final class RecoveryCodes {

    static final int COUNT = 10;

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    /** The stored form of a code as typed: case, spaces and dashes do not matter. */
    public static String hash(String typed) {
        String normalised = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code looks like one ("abcd-efgh-ijkl-mnop"), so that a six-digit TOTP code is never tried as one. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").length() == 16;
    }
}

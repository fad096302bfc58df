package dk.pulje.it.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

/**
 * What an authenticator app does with the secret Pulje shows (RFC 6238: HMAC-SHA-1, 30 s, 6 digits), written here
 * from the RFC and not taken from the server's library, so that the tests prove Pulje works with any app.
 */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The code an app shows at this moment. */
    public static String now(String base32Secret) {
        return at(base32Secret, Instant.now());
    }

    /** The code for the step after this one: accepted now (one step of drift), and not yet used by anyone. */
    public static String next(String base32Secret) {
        return at(base32Secret, Instant.now().plusSeconds(30));
    }

    public static String at(String base32Secret, Instant instant) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(instant.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 base32, spaces ignored (Pulje shows the secret in groups of four). */
    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}

package dk.pulje.web.api.v1.support;

import jakarta.ws.rs.BadRequestException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a keyset page ended, as the opaque {@code cursor} of the next page's address: the sort and its direction,
 * the last row's id and its sort key (absent when the row has none), base64url without padding. Opaque to clients
 * (they follow {@code next}), but not secret: it holds nothing the page did not show, and every query binds it as
 * parameters and still applies the caller's scope, so a forged cursor can only start a page elsewhere in what the
 * caller may read anyway. A cursor that does not decode is 400.
 *
 * @param sort      the sort's name, as the list's {@code sort} parameter names it
 * @param ascending its direction
 * @param id        the last row's id (the tie-breaker)
 * @param key       the last row's sort key as text; null when it has none (sorted last)
 */
public record Cursor(String sort, boolean ascending, long id, String key) {

    /** Cursors longer than this are not ours: a title is at most a few hundred characters. */
    private static final int MAX_LENGTH = 2048;
    private static final String VERSION = "1";

    public String encode() {
        String text = String.join("\n", VERSION, sort, ascending ? "a" : "d", Long.toString(id), key == null ? "-" : "=" + key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in a request; 400 (problem details, nothing of the input echoed) when it is not one this API made. */
    public static Cursor decode(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }

    /** As {@link #decode}, with IllegalArgumentException for anything that is not a cursor of ours. */
    static Cursor parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("no cursor");
        }
        // Bad base64 and a bad id are IllegalArgumentExceptions too (NumberFormatException is one).
        String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 5);
        if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[1].isEmpty()
                || !(parts[2].equals("a") || parts[2].equals("d"))
                || !(parts[4].equals("-") || parts[4].startsWith("="))) {
            throw new IllegalArgumentException("not a cursor");
        }
        String key = parts[4].equals("-") ? null : parts[4].substring(1);
        return new Cursor(parts[1], parts[2].equals("a"), Long.parseLong(parts[3]), key);
    }
}

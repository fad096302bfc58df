package dk.pulje.application.security;

/**
 * A token just made: the only moment its full text exists outside the client (only the hash of its secret is stored).
 *
 * @param token the text to send as {@code Authorization: Bearer …}
 */
public record CreatedApiToken(ApiTokenView view, String token) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + view + "]"; // never the token in a log line
    }
}

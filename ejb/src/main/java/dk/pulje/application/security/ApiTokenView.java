package dk.pulje.application.security;

import java.time.Instant;

/**
 * A token as its lists show it: never its secret (which is not stored) nor its hash.
 *
 * @param prefix the public start of the token ({@code pulje_ab12cd34ef56}), to recognise it
 */
public record ApiTokenView(long id, String name, String prefix, boolean readOnly, Instant createdAt, Instant lastUsedAt,
                           Instant expiresAt, Instant revokedAt, String username, String userDisplayName)
        implements java.io.Serializable {

    public enum TokenStatus { ACTIVE, EXPIRED, REVOKED }

    public TokenStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return TokenStatus.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? TokenStatus.EXPIRED : TokenStatus.ACTIVE;
    }
}

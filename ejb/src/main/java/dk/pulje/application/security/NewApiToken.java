package dk.pulje.application.security;

import java.time.Instant;

/**
 * Creating a token: a name for the person to recognise it by, read-only or not, and an optional end.
 *
 * @param expiresAt null: until revoked
 */
public record NewApiToken(String name, boolean readOnly, Instant expiresAt) {
}

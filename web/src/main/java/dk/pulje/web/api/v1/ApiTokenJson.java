package dk.pulje.web.api.v1;

import dk.pulje.application.security.ApiTokenView;

import java.time.Instant;

/**
 * A token in {@code GET /api/v1/me/tokens}: never its secret. Times in ISO 8601 (UTC); {@code status} is
 * {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}.
 */
public record ApiTokenJson(long id, String name, String prefix, boolean readOnly, String createdAt, String lastUsedAt,
                           String expiresAt, String revokedAt, String status) {

    static ApiTokenJson of(ApiTokenView view, Instant now) {
        return new ApiTokenJson(view.id(), view.name(), view.prefix(), view.readOnly(), iso(view.createdAt()),
                iso(view.lastUsedAt()), iso(view.expiresAt()), iso(view.revokedAt()), view.statusAt(now).name());
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

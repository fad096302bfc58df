package dk.pulje.application.security;

import dk.pulje.domain.model.account.ApiTokenSecret;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.SecurityEventType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@code Authorization: Bearer pulje_…} (ADR 0018): one indexed read by the token's public lookup part, a
 * SHA-256 of the secret compared in constant time, the user's roles read as on every session request (a disabled
 * user or a changed role acts at once). No password hash, no throttle: a 256-bit secret cannot be guessed, and the
 * rate limiter bounds the attempts anyway. {@code last_used_at} is written at most once a minute per token, with an
 * atomic update that does not touch the token's version. Every failure is in the security log.
 */
@Stateless
@PermitAll
public class ApiTokenAuthentication {

    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecurityLog securityLog;

    /** Empty when the token is malformed, unknown, wrong, revoked, expired or its user disabled (each logged). */
    public Optional<TokenCaller> authenticate(String presented, String remoteAddress) {
        Optional<ApiTokenSecret> parsed = ApiTokenSecret.parse(presented);
        if (parsed.isEmpty()) {
            return refused(null, remoteAddress, "security.detail.tokenMalformed");
        }
        ApiTokenSecret secret = parsed.get();
        List<Row> rows = em.createQuery("""
                        select new dk.pulje.application.security.ApiTokenAuthentication$Row(t.id, t.name, t.secretHash,
                               t.readOnly, t.expiresAt, t.revokedAt, t.lastUsedAt, u.username, u.displayName, u.enabled,
                               u.passwordChangedAt)
                        from ApiToken t join t.user u where t.lookupId = :lookup""", Row.class)
                .setParameter("lookup", secret.lookup()).getResultList();
        if (rows.isEmpty() || !secret.matches(rows.get(0).secretHash())) {
            return refused(null, remoteAddress, "security.detail.tokenUnknown", secret.displayPrefix());
        }
        Row row = rows.get(0);
        Instant now = clock.instant();
        if (row.revokedAt() != null) {
            return refused(row.username(), remoteAddress, "security.detail.tokenRevoked", row.name(), secret.displayPrefix());
        }
        if (row.expiresAt() != null && !row.expiresAt().isAfter(now)) {
            return refused(row.username(), remoteAddress, "security.detail.tokenExpired", row.name(), secret.displayPrefix());
        }
        if (!row.enabled()) {
            return refused(row.username(), remoteAddress, "security.detail.tokenUserDisabled", row.name(), secret.displayPrefix());
        }
        if (row.lastUsedAt() == null || !row.lastUsedAt().plus(LAST_USE_GRANULARITY).isAfter(now)) {
            // Conditional, so that parallel first requests of a minute write once between them.
            em.createQuery("""
                            update ApiToken t set t.lastUsedAt = :now
                            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)""")
                    .setParameter("now", now).setParameter("id", row.id())
                    .setParameter("before", now.minus(LAST_USE_GRANULARITY)).executeUpdate();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("select r from UserAccount u join u.roles r where u.username = :username", Role.class)
                .setParameter("username", row.username()).getResultList());
        AuthenticatedUser user = new AuthenticatedUser(row.username(), row.displayName(), roles, row.passwordChangedAt());
        return Optional.of(new TokenCaller(user, row.id(), row.name(), secret.displayPrefix(), row.readOnly()));
    }

    /** A request with a token that changes something, or a write refused because the token is read-only. */
    public void recordWrite(TokenCaller caller, String method, String path, String remoteAddress, boolean refused) {
        securityLog.record(refused ? SecurityEventType.TOKEN_REFUSED : SecurityEventType.TOKEN_WRITE,
                caller.user().username(), null, remoteAddress,
                refused ? "security.detail.tokenReadOnly" : "security.detail.tokenWrite",
                method, path, caller.tokenName(), caller.tokenPrefix());
    }

    private Optional<TokenCaller> refused(String username, String remoteAddress, String detailKey, Object... arguments) {
        securityLog.record(SecurityEventType.TOKEN_REFUSED, username, null, remoteAddress, detailKey, arguments);
        return Optional.empty();
    }

    /** What the check needs of a token and its user, read in one statement. */
    public record Row(long id, String name, String secretHash, boolean readOnly, Instant expiresAt, Instant revokedAt,
                      Instant lastUsedAt, String username, String displayName, boolean enabled, Instant passwordChangedAt) {
    }
}

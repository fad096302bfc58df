package dk.pulje.application.security;

import dk.pulje.domain.model.account.ApiToken;
import dk.pulje.domain.model.account.ApiTokenSecret;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.account.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Personal API tokens (docs/security.md "API tokens", ADR 0018). Everyone manages their own: create (the token is
 * shown once), list, revoke. The system administrator sees and revokes every token, as they manage every account.
 * A fund administrator sees only their own tokens: tokens are personal credentials, and a fund administrator does not
 * manage other people's accounts. Creating, revoking and every refused use land in the security log.
 * <p>
 * Whether a token may create tokens is decided by the caller of {@link #create} (the API refuses it for a request
 * authenticated with a token: a stolen token must not be able to outlive its own revocation by making new ones).
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF, Roles.SYSTEM_ADMIN})
public class ApiTokenService {

    private static final String VIEW = """
            select new dk.pulje.application.security.ApiTokenView(t.id, t.name, t.lookupId, t.readOnly, t.createdAt,
                   t.lastUsedAt, t.expiresAt, t.revokedAt, u.username, u.displayName)
            from ApiToken t join t.user u""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public CreatedApiToken create(@NotNull NewApiToken command, String remoteAddress) {
        String username = caller();
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
        ApiTokenSecret secret = ApiTokenSecret.generate();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(user, command.name(), secret, command.readOnly(), command.expiresAt(), now);
        em.persist(token);
        em.flush();
        SecurityLog.write(em, clock, SecurityEventType.TOKEN_CREATED, username, null, remoteAddress,
                "security.detail.token", token.getName(), token.getDisplayPrefix(),
                token.isReadOnly() ? "read-only" : "read-write");
        return new CreatedApiToken(view(token), secret.text());
    }

    /** The caller's own tokens, newest first, revoked and expired ones included (for the record). */
    public List<ApiTokenView> mine() {
        return em.createQuery(VIEW + " where u.username = :u order by t.createdAt desc, t.id desc", ApiTokenView.class)
                .setParameter("u", caller()).getResultList().stream().map(ApiTokenService::withPrefix).toList();
    }

    /** Revokes one of the caller's own tokens; false when there is no such token of theirs (a forged id). */
    public boolean revokeMine(long tokenId, String remoteAddress) {
        List<ApiToken> found = em.createQuery(
                        "select t from ApiToken t where t.id = :id and t.user.username = :u", ApiToken.class)
                .setParameter("id", tokenId).setParameter("u", caller()).getResultList();
        found.forEach(t -> revoke(t, remoteAddress));
        return !found.isEmpty();
    }

    /** Every token of every user, for the system administrator. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<ApiTokenView> all() {
        return em.createQuery(VIEW + " order by t.revokedAt desc nulls first, t.createdAt desc, t.id desc", ApiTokenView.class)
                .setMaxResults(2000).getResultList().stream().map(ApiTokenService::withPrefix).toList();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public boolean revokeAny(long tokenId, String remoteAddress) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            return false;
        }
        revoke(token, remoteAddress);
        return true;
    }

    private void revoke(ApiToken token, String remoteAddress) {
        if (token.getRevokedAt() != null) {
            return;
        }
        String actor = caller();
        token.revoke(actor, clock.instant());
        String owner = token.getUser().getUsername();
        SecurityLog.write(em, clock, SecurityEventType.TOKEN_REVOKED, owner, owner.equals(actor) ? null : actor,
                remoteAddress, "security.detail.token", token.getName(), token.getDisplayPrefix(),
                token.isReadOnly() ? "read-only" : "read-write");
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static ApiTokenView view(ApiToken t) {
        return new ApiTokenView(t.getId(), t.getName(), t.getDisplayPrefix(), t.isReadOnly(), t.getCreatedAt(),
                t.getLastUsedAt(), t.getExpiresAt(), t.getRevokedAt(), t.getUser().getUsername(), t.getUser().getDisplayName());
    }

    /** The query selects the lookup part; what is shown is the token's public prefix. */
    private static ApiTokenView withPrefix(ApiTokenView v) {
        return new ApiTokenView(v.id(), v.name(), ApiTokenSecret.displayPrefix(v.prefix()), v.readOnly(), v.createdAt(),
                v.lastUsedAt(), v.expiresAt(), v.revokedAt(), v.username(), v.userDisplayName());
    }
}

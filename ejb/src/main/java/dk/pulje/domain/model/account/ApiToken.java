package dk.pulje.domain.model.account;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token (V27, ADR 0018): named by its user, optionally read-only and expiring, revocable. It holds only
 * the hash of its secret ({@link ApiTokenSecret}). Its requests run as its user, with the user's roles and scope at
 * the time of each request: the token itself grants nothing. {@code last_used_at} is written by the authentication
 * with a bulk update (at most once a minute), never through this entity, so that using a token never collides with
 * revoking it.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {

    public static final int MAX_NAME = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "lookup_id", nullable = false, length = 20, unique = true)
    private String lookupId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(UserAccount user, String name, ApiTokenSecret secret, boolean readOnly, Instant expiresAt, Instant now) {
        this.user = Objects.requireNonNull(user, "user");
        this.name = Text.required(name, "apiToken.name");
        if (this.name.length() > MAX_NAME) {
            throw new RuleViolation("apiToken.nameTooLong", MAX_NAME);
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RuleViolation("apiToken.expiryInPast");
        }
        this.lookupId = secret.lookup();
        this.secretHash = secret.hash();
        this.readOnly = readOnly;
        this.expiresAt = expiresAt;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Ends the token for good; revoking twice keeps the first time and actor. */
    public void revoke(String actor, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedBy = actor;
        }
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public UserAccount getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getLookupId() {
        return lookupId;
    }

    public String getDisplayPrefix() {
        return ApiTokenSecret.displayPrefix(lookupId);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}

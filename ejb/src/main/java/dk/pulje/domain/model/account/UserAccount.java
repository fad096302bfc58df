package dk.pulje.domain.model.account;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who logs in: their roles, the organisations they belong to (applicants) and the funds they are given
 * (administrators, regional staff). The password is only ever held as a PBKDF2 hash. Failed logins are throttled, not
 * locked (LoginThrottle); the login writes its outcome with atomic updates, never through this entity.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    @Column(name = "username", nullable = false, length = 100, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany
    @JoinTable(name = "user_organisation", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "user_fund", joinColumns = @JoinColumn(name = "user_id"))
    private Set<FundLink> fundLinks = new HashSet<>();

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Instant now) {
        this.username = normaliseUsername(username);
        this.displayName = Text.required(displayName, "user.displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** Usernames are compared without regard to case or surrounding spaces: "Randers " logs in as "randers". */
    public static String normaliseUsername(String typed) {
        String cleaned = Text.required(typed, "user.username").toLowerCase(Locale.ROOT);
        if (!cleaned.matches("[a-z0-9._@-]{2,100}")) {
            throw new RuleViolation("user.usernameFormat", cleaned);
        }
        return cleaned;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = now;
        this.failedLogins = 0;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void describe(String newDisplayName, String newEmail) {
        this.displayName = Text.required(newDisplayName, "user.displayName");
        this.email = Text.optional(newEmail);
    }

    /**
     * Roles, organisations and funds, each fund in the role it is given in: administered funds need the fund
     * administrator's role, read funds the regional staff's.
     */
    public void grant(Collection<Role> newRoles, Collection<Organisation> newOrganisations,
                      Collection<Fund> administeredFunds, Collection<Fund> readFunds) {
        if (!administeredFunds.isEmpty() && !newRoles.contains(Role.FUND_ADMIN)) {
            throw new RuleViolation("user.administeredFundsNeedRole");
        }
        if (!readFunds.isEmpty() && !newRoles.contains(Role.REGIONAL_STAFF)) {
            throw new RuleViolation("user.readFundsNeedRole");
        }
        roles.clear();
        roles.addAll(newRoles);
        organisations.clear();
        organisations.addAll(newOrganisations);
        fundLinks.clear();
        administeredFunds.forEach(f -> fundLinks.add(new FundLink(f, Role.FUND_ADMIN)));
        readFunds.forEach(f -> fundLinks.add(new FundLink(f, Role.REGIONAL_STAFF)));
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Organisation> getOrganisations() {
        return Collections.unmodifiableSet(organisations);
    }

    public Set<FundLink> getFundLinks() {
        return Collections.unmodifiableSet(fundLinks);
    }
}

package dk.pulje.application.security;

import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.PasswordPolicy;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.account.UserAccount;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users, their roles, organisations and funds: the system administrator's work. Every change is written to the security
 * log with who made it. System administrators manage accounts; they need not, and do not, see project content.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class UserAdminService {

    private static final String SUBJECT = "subject.user";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ConcurrencyGuard guard;

    @Resource
    private SessionContext context;

    private final PasswordHasher hasher = new PasswordHasher();

    public List<UserSummary> users() {
        List<UserAccount> accounts = em.createQuery("""
                select distinct u from UserAccount u left join fetch u.roles order by u.username""", UserAccount.class)
                .getResultList();
        // Memberships in two more statements, not one per user.
        var organisations = em.createQuery("""
                        select new dk.pulje.application.security.UserLink(u.id, o.id)
                        from UserAccount u join u.organisations o""", UserLink.class)
                .getResultList().stream().collect(Collectors.groupingBy(UserLink::userId,
                        Collectors.mapping(UserLink::targetId, Collectors.toSet())));
        var funds = em.createQuery("""
                        select new dk.pulje.application.security.UserAdminService$FundRow(u.id, l.fund.id, l.role)
                        from UserAccount u join u.fundLinks l""", FundRow.class)
                .getResultList();
        return accounts.stream().map(u -> new UserSummary(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(),
                u.getEmail(), u.isEnabled(), u.getRoles(),
                organisations.getOrDefault(u.getId(), Set.of()), fundsOf(funds, u.getId(), Role.FUND_ADMIN),
                fundsOf(funds, u.getId(), Role.REGIONAL_STAFF), u.getLastLoginAt())).toList();
    }

    /** One fund link as the list reads it. */
    public record FundRow(long userId, long fundId, Role role) {
    }

    private static Set<Long> fundsOf(List<FundRow> rows, long userId, Role role) {
        return rows.stream().filter(r -> r.userId() == userId && r.role() == role).map(FundRow::fundId)
                .collect(Collectors.toSet());
    }

    /** The funds a user can be given. */
    public List<dk.pulje.application.project.FundOption> funds() {
        return em.createQuery("select new dk.pulje.application.project.FundOption(f.id, f.shortName) from Fund f order by f.shortName",
                dk.pulje.application.project.FundOption.class).getResultList();
    }

    public long create(@NotNull @Valid NewUser command) {
        String username = UserAccount.normaliseUsername(command.username());
        if (!em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            throw new RuleViolation("user.usernameTaken", username);
        }
        PasswordPolicy.check(command.password(), username);
        UserAccount account = new UserAccount(username, command.displayName(), hasher.hash(command.password()), clock.instant());
        account.describe(command.displayName(), command.email());
        account.grant(command.roles(), organisations(command.organisationIds()), funds(command.administeredFundIds()),
                funds(command.readFundIds()));
        em.persist(account);
        em.flush();
        log(SecurityEventType.USER_CREATED, username, "security.detail.userCreated", command.roles());
        return account.getId();
    }

    /**
     * Roles, organisations and funds (per role) of another user. Nobody changes their own: a system administrator who
     * could give themself fund rights would read every project. The log names both the user and who changed them.
     */
    public void changeAccess(long userId, long expectedVersion, @NotNull Set<Role> roles,
                             @NotNull Set<Long> organisationIds, @NotNull Set<Long> administeredFundIds,
                             @NotNull Set<Long> readFundIds) {
        UserAccount account = load(userId, expectedVersion);
        if (isCaller(account)) {
            securityLog.record(SecurityEventType.ACCESS_DENIED, account.getUsername(), caller(), null,
                    "security.detail.ownAccess");
            throw new RuleViolation("user.cannotChangeOwnAccess");
        }
        Set<Role> before = Set.copyOf(account.getRoles());
        account.grant(roles, organisations(organisationIds), funds(administeredFundIds), funds(readFundIds));
        em.lock(account, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        guard.flush(account, SUBJECT);
        log(SecurityEventType.ROLES_CHANGED, account.getUsername(), "security.detail.accessChanged",
                before, roles, organisationIds, administeredFundIds, readFundIds);
    }

    /**
     * The person's name as the header, lists and logs show it ("Anne Kjær Madsen"), e.g. after a marriage or a typo at
     * creation. The administrator's own too: a name carries no rights. The e-mail address stays as it was.
     */
    public void rename(long userId, long expectedVersion, @NotNull @Size(max = 200) String displayName) {
        UserAccount account = load(userId, expectedVersion);
        String before = account.getDisplayName();
        account.describe(displayName, account.getEmail());
        if (before.equals(account.getDisplayName())) {
            return; // nothing changed: no new version, no log line
        }
        guard.flush(account, SUBJECT);
        log(SecurityEventType.USER_RENAMED, account.getUsername(), "security.detail.renamed", before,
                account.getDisplayName());
    }

    public void disable(long userId, long expectedVersion) {
        UserAccount account = load(userId, expectedVersion);
        if (isCaller(account)) {
            throw new RuleViolation("user.cannotDisableSelf");
        }
        account.disable();
        guard.flush(account, SUBJECT);
        log(SecurityEventType.USER_DISABLED, account.getUsername(), null);
    }

    public void enable(long userId, long expectedVersion) {
        UserAccount account = load(userId, expectedVersion);
        account.enable();
        guard.flush(account, SUBJECT);
        log(SecurityEventType.USER_ENABLED, account.getUsername(), null);
    }

    /**
     * Sets a new password chosen by the administrator (to be passed on safely and changed by the user). Every open
     * session of the user ends at its next request (the session remembers the password's time; docs/security.md).
     */
    public void resetPassword(long userId, long expectedVersion, @NotNull char[] newPassword) {
        UserAccount account = load(userId, expectedVersion);
        if (isCaller(account)) {
            throw new RuleViolation("user.cannotResetOwnPassword"); // the password page asks for the current one
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        guard.flush(account, SUBJECT);
        log(SecurityEventType.PASSWORD_RESET, account.getUsername(), null);
    }

    private UserAccount load(long userId, long expectedVersion) {
        return guard.requireVersion(Entities.find(em, UserAccount.class, userId, SUBJECT), expectedVersion, SUBJECT);
    }

    private List<Organisation> organisations(Collection<Long> ids) {
        return ids.stream().map(id -> Entities.find(em, Organisation.class, id, "subject.organisation")).toList();
    }

    private List<Fund> funds(Collection<Long> ids) {
        return ids.stream().map(id -> Entities.find(em, Fund.class, id, "subject.fund")).toList();
    }

    private void log(SecurityEventType type, String username, String detailKey, Object... arguments) {
        securityLog.record(type, username, caller(), null, detailKey, arguments);
    }

    private boolean isCaller(UserAccount account) {
        return account.getUsername().equals(caller());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

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
                        select new dk.pulje.application.security.UserLink(u.id, f.id)
                        from UserAccount u join u.funds f""", UserLink.class)
                .getResultList().stream().collect(Collectors.groupingBy(UserLink::userId,
                        Collectors.mapping(UserLink::targetId, Collectors.toSet())));
        return accounts.stream().map(u -> new UserSummary(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(),
                u.getEmail(), u.isEnabled(), u.isLockedAt(clock.instant()), u.getRoles(),
                organisations.getOrDefault(u.getId(), Set.of()), funds.getOrDefault(u.getId(), Set.of()),
                u.getLastLoginAt())).toList();
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
        account.grant(command.roles(), organisations(command.organisationIds()), funds(command.fundIds()));
        em.persist(account);
        em.flush();
        log(SecurityEventType.USER_CREATED, username, "roles " + command.roles());
        return account.getId();
    }

    public void changeAccess(long userId, long expectedVersion, @NotNull Set<Role> roles,
                             @NotNull Set<Long> organisationIds, @NotNull Set<Long> fundIds) {
        UserAccount account = load(userId, expectedVersion);
        Set<Role> before = Set.copyOf(account.getRoles());
        account.grant(roles, organisations(organisationIds), funds(fundIds));
        em.lock(account, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        guard.flush(account, SUBJECT);
        log(SecurityEventType.ROLES_CHANGED, account.getUsername(),
                "roles " + before + " → " + roles + ", organisations " + organisationIds + ", funds " + fundIds);
    }

    public void disable(long userId, long expectedVersion) {
        UserAccount account = load(userId, expectedVersion);
        if (account.getUsername().equals(context.getCallerPrincipal().getName())) {
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

    /** Sets a new password chosen by the administrator (to be passed on safely and changed by the user). */
    public void resetPassword(long userId, long expectedVersion, @NotNull char[] newPassword) {
        UserAccount account = load(userId, expectedVersion);
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

    private void log(SecurityEventType type, String username, String detail) {
        securityLog.record(type, username, context.getCallerPrincipal().getName(), null, detail);
    }
}

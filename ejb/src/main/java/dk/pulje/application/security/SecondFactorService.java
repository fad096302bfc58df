package dk.pulje.application.security;

import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.account.UserAccount;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A person's own second factor (docs/security.md "Second factor"): start an enrolment (a new secret, shown once as a
 * QR code and as text), confirm it with a first code (then ten recovery codes are made and shown once), make new
 * recovery codes, turn it off; and the system administrator's reset of someone else's. Everything acts on the caller's
 * own account, found by the principal: no id travels, except in the reset. Each change is in the security log.
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF, Roles.SYSTEM_ADMIN})
public class SecondFactorService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecondFactorCheck check;

    @Inject
    private SecondFactorPolicy policy;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private LoginThrottle throttle;

    @Resource
    private SessionContext context;

    /** What the account page shows. */
    public record Status(boolean enabled, Instant enabledAt, int recoveryCodesLeft, boolean required) implements java.io.Serializable {
    }

    /** A started enrolment: the secret (for typing), the otpauth address and its QR code (PNG data URI). */
    public record Enrolment(String secret, String uri, String qrDataUri) implements java.io.Serializable {
    }

    public Status status() {
        boolean required = policy.requiredFor(callerRoles());
        List<?> rows = em.createNativeQuery("""
                        select f.user_id, f.confirmed_at from user_second_factor f join user_account u on u.id = f.user_id
                        where u.username = ?1 and f.confirmed_at is not null""", Object[].class)
                .setParameter(1, caller()).getResultList();
        if (rows.isEmpty()) {
            return new Status(false, null, 0, required);
        }
        Object[] row = (Object[]) rows.get(0);
        long userId = ((Number) row[0]).longValue();
        return new Status(true, toInstant(row[1]), check.recoveryCodesLeft(userId), required);
    }

    /** A new secret for the caller, replacing an enrolment that was started and never confirmed. */
    public Enrolment start() {
        long userId = callerId();
        if (confirmed(userId)) {
            throw new RuleViolation("mfa.alreadyOn");
        }
        String secret = Totp.newSecret();
        em.createNativeQuery("""
                        insert into user_second_factor (user_id, secret, created_at) values (?1, ?2, ?3)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                            confirmed_at = null, last_used_step = 0""")
                .setParameter(1, userId).setParameter(2, secret).setParameter(3, clock.instant()).executeUpdate();
        return new Enrolment(secret, Totp.uri(secret, caller()), Totp.qrDataUri(secret, caller()));
    }

    /**
     * The first code proves that the app holds the secret; from now on the login asks for a code. Returns the ten
     * recovery codes, which exist nowhere else in readable form.
     */
    public List<String> confirm(String code, String remoteAddress) {
        long userId = callerId();
        String key = SecondFactorCheck.THROTTLE_PREFIX + caller();
        throttle.waitBefore(key, remoteAddress).ifPresent(wait -> {
            throw new RuleViolation("mfa.throttled", Math.max(1, wait.toSeconds()));
        });
        List<?> pending = em.createNativeQuery(
                        "select secret from user_second_factor where user_id = ?1 and confirmed_at is null")
                .setParameter(1, userId).getResultList();
        if (pending.isEmpty()) {
            throw new RuleViolation(confirmed(userId) ? "mfa.alreadyOn" : "mfa.notStarted");
        }
        OptionalLong step = Totp.matchingStep((String) pending.get(0), code, clock.instant());
        if (step.isEmpty()) {
            throttle.failed(key, remoteAddress);
            securityLog.record(SecurityEventType.LOGIN_FAILED, caller(), caller(), remoteAddress,
                    "security.detail.wrongCodeAtEnrolment");
            throw new RuleViolation("mfa.codeWrong");
        }
        em.createNativeQuery("update user_second_factor set confirmed_at = ?1, last_used_step = ?2 where user_id = ?3")
                .setParameter(1, clock.instant()).setParameter(2, step.getAsLong()).setParameter(3, userId).executeUpdate();
        List<String> codes = replaceRecoveryCodes(userId);
        securityLog.record(SecurityEventType.SECOND_FACTOR_ENABLED, caller(), caller(), remoteAddress, null);
        return codes;
    }

    /** Ten new recovery codes (the old ones stop working), after a code from the app. */
    public List<String> renewRecoveryCodes(String code, String remoteAddress) {
        long userId = callerId();
        requireCode(code, remoteAddress, false);
        List<String> codes = replaceRecoveryCodes(userId);
        securityLog.record(SecurityEventType.RECOVERY_CODES_RENEWED, caller(), caller(), remoteAddress, null);
        return codes;
    }

    /** Turns the caller's second factor off, after a code (or a recovery code); refused where it is required. */
    public void disable(String code, String remoteAddress) {
        long userId = callerId();
        if (policy.requiredFor(callerRoles())) {
            throw new RuleViolation("mfa.requiredForRole");
        }
        requireCode(code, remoteAddress, true);
        em.createNativeQuery("delete from user_second_factor where user_id = ?1").setParameter(1, userId).executeUpdate();
        securityLog.record(SecurityEventType.SECOND_FACTOR_DISABLED, caller(), caller(), remoteAddress, null);
    }

    /**
     * A system administrator removes another user's second factor (a lost phone and no recovery code left): the user
     * logs in with the password alone and, where it is required, must enrol again at once. Never one's own (that
     * would let a stolen administrator session drop the administrator's own factor without a code).
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public boolean reset(long userId) {
        String username = Entities.find(em, UserAccount.class, userId, "subject.user").getUsername();
        if (username.equals(caller())) {
            throw new RuleViolation("mfa.cannotResetOwn");
        }
        boolean had = em.createNativeQuery("delete from user_second_factor where user_id = ?1")
                .setParameter(1, userId).executeUpdate() == 1;
        if (had) {
            securityLog.record(SecurityEventType.SECOND_FACTOR_RESET, username, caller(), null, null);
        }
        return had;
    }

    /** Whether the user has a confirmed second factor: for the system administrator's user page. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public boolean enabledFor(long userId) {
        return confirmed(userId);
    }

    private void requireCode(String code, String remoteAddress, boolean recoveryCodeAllowed) {
        SecondFactorCheck.Result result = check.verify(caller(), code, remoteAddress, recoveryCodeAllowed, null);
        if (result.outcome() == SecondFactorCheck.Outcome.THROTTLED) {
            throw new RuleViolation("mfa.throttled", Math.max(1, result.retryAfter().toSeconds()));
        }
        if (!result.succeeded()) {
            throw new RuleViolation("mfa.codeWrong");
        }
    }

    private List<String> replaceRecoveryCodes(long userId) {
        em.createNativeQuery("delete from user_recovery_code where user_id = ?1").setParameter(1, userId).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            em.createNativeQuery("insert into user_recovery_code (user_id, code_hash) values (?1, ?2)")
                    .setParameter(1, userId).setParameter(2, RecoveryCodes.hash(code)).executeUpdate();
        }
        return codes;
    }

    private boolean confirmed(long userId) {
        return !em.createNativeQuery("select 1 from user_second_factor where user_id = ?1 and confirmed_at is not null")
                .setParameter(1, userId).getResultList().isEmpty();
    }

    private long callerId() {
        return em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", caller()).getSingleResult();
    }

    private Set<Role> callerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : null;
    }
}

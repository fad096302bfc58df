package dk.pulje.application.security;

import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.PasswordPolicy;
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
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

/** What every logged-in person may do with their own account: change their password. */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF, Roles.SYSTEM_ADMIN})
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecurityLog securityLog;

    @Resource
    private SessionContext context;

    private final PasswordHasher hasher = new PasswordHasher();

    /** The current password must be given again, so that an unattended session cannot take over the account. */
    public void changeOwnPassword(@NotNull char[] currentPassword, @NotNull char[] newPassword) {
        String username = context.getCallerPrincipal().getName();
        UserAccount account = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            securityLog.record(SecurityEventType.LOGIN_FAILED, username, username, null, "wrong current password on change");
            throw new RuleViolation("password.currentWrong");
        }
        PasswordPolicy.check(newPassword, username);
        if (hasher.verify(newPassword, account.getPasswordHash())) {
            throw new RuleViolation("password.unchanged");
        }
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        securityLog.record(SecurityEventType.PASSWORD_CHANGED, username, username, null, null);
    }
}

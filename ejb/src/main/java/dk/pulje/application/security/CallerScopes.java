package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The current caller's scope (funds administered and funds read are kept apart: each fund link has its role), read
 * from the database once per request (three small queries): a changed role or membership acts from the next request.
 * Roles are those the container granted the caller, so a role taken away in the database but
 * still in a session grants nothing the database does not also say.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerScopes {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScopePerRequest perRequest;

    /** The caller's scope, read from the database once per request ({@link ScopePerRequest}). */
    public CallerScope current() {
        try {
            return perRequest.remember(callerKey(), this::readFromDatabase);
        } catch (ContextNotActiveException e) {
            return readFromDatabase(); // no request (a timer, a start-up task): read it for this call
        }
    }

    /** Who is calling, with the roles the container grants them now: the same user under run-as is another key. */
    private String callerKey() {
        Principal principal = context.getCallerPrincipal();
        StringBuilder key = new StringBuilder(principal == null ? "" : principal.getName());
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                key.append('|').append(role.name());
            }
        }
        return key.toString();
    }

    private CallerScope readFromDatabase() {
        Principal principal = context.getCallerPrincipal();
        String username = principal == null ? null : principal.getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        if (username == null || roles.isEmpty()) {
            return new CallerScope(username, Set.of(), Set.of(), Set.of(), Set.of());
        }
        Set<Long> administered = new HashSet<>();
        Set<Long> read = new HashSet<>();
        for (UserAdminService.FundRow link : em.createQuery("""
                        select new dk.pulje.application.security.UserAdminService$FundRow(u.id, l.fund.id, l.role)
                        from UserAccount u join u.fundLinks l where u.username = :username and u.enabled = true""",
                        UserAdminService.FundRow.class)
                .setParameter("username", username).getResultList()) {
            (link.role() == Role.FUND_ADMIN ? administered : read).add(link.fundId());
        }
        List<Long> organisations = em.createQuery(
                        "select o.id from UserAccount u join u.organisations o where u.username = :username and u.enabled = true", Long.class)
                .setParameter("username", username).getResultList();
        return new CallerScope(username, roles, administered, read, new HashSet<>(organisations));
    }
}

package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The current caller's scope (funds administered and funds read are kept apart: each fund link has its role), read from the database on each service call (three small queries): a changed role or
 * membership acts at once. Roles are those the container granted the caller, so a role taken away in the database but
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

    public CallerScope current() {
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

package dk.pulje.application.security;

import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The security log, newest first, a page at a time: for system administrators. */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SecurityLogReader {

    @PersistenceContext
    private EntityManager em;

    public long count() {
        return em.createQuery("select count(e) from SecurityEvent e", Long.class).getSingleResult();
    }

    public List<SecurityEventView> page(int first, int pageSize) {
        return em.createQuery("""
                        select new dk.pulje.application.security.SecurityEventView(
                               e.id, e.occurredAt, e.type, e.username, e.actor, e.remoteAddress, e.detail, e.detailArgs)
                        from SecurityEvent e order by e.occurredAt desc, e.id desc""", SecurityEventView.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), 500))
                .getResultList();
    }
}

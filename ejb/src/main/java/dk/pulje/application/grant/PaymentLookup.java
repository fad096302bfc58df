package dk.pulje.application.grant;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Optional;

/**
 * Which project a tranche belongs to, for callers who know a payment only by its own id (a finance system that marks
 * it paid). Scoped like every project query: a payment of a project the caller may not read is as absent as a
 * payment that does not exist, so a forged id learns nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class PaymentLookup {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /** The id of the payment's project, when the payment exists and the caller may read its project. */
    public Optional<Long> projectOf(long paymentId) {
        CallerScope scope = scopes.current();
        TypedQuery<Long> query = em.createQuery("""
                        select p.id from Payment pay join pay.grant g join g.project p
                        where pay.id = :payment and\s""" + scope.readableProjects(), Long.class)
                .setParameter("payment", paymentId);
        scope.bind(query);
        return query.getResultStream().findFirst();
    }
}

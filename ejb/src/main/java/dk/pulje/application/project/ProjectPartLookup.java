package dk.pulje.application.project;

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
 * Which project a tranche or a report obligation belongs to, for callers who know it only by its own id (a finance
 * system that marks a tranche paid). Scoped like every project query: a payment of a project the caller may not read is as absent as a
 * payment that does not exist, so a forged id learns nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class ProjectPartLookup {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /** The id of the payment's project, when the payment exists and the caller may read its project. */
    public Optional<Long> projectOf(long paymentId) {
        return readable("select p.id from Payment part join part.grant g join g.project p", paymentId);
    }

    /** The id of the report obligation's project, when it exists and the caller may read its project. */
    public Optional<Long> projectOfReport(long reportId) {
        return readable("select p.id from ReportObligation part join part.project p", reportId);
    }

    private Optional<Long> readable(String select, long partId) {
        CallerScope scope = scopes.current();
        TypedQuery<Long> query = em.createQuery(select + " where part.id = :part and " + scope.readableProjects(), Long.class)
                .setParameter("part", partId);
        scope.bind(query);
        return query.getResultStream().findFirst();
    }
}

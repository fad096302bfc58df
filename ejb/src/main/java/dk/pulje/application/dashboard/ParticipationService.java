package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.organisation.OrganisationType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.util.List;

import static dk.pulje.application.dashboard.NativeValues.count;
import static dk.pulje.application.dashboard.NativeValues.text;
import static dk.pulje.application.dashboard.NativeValues.total;

/**
 * Which organisations take part in most projects, as owner or as partner, and with how much money (issue 11, Q7):
 * one statement per page ({@link ParticipationQueries}) over the caller's portfolio narrowed by the filter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class ParticipationService {

    public static final int MAX_LIMIT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /**
     * @param limit  1 to {@link #MAX_LIMIT} organisations
     * @param offset how many of the most active to skip, 0 or more
     */
    public ParticipationPage participation(DashboardFilter filter, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit 1.." + MAX_LIMIT + " and offset ≥ 0, not " + limit + "/" + offset);
        }
        CallerScope scope = scopes.current();
        if (scope.portfolioFunds().isEmpty()) {
            return new ParticipationPage(List.of(), 0, offset, limit);
        }
        List<Tuple> rows = ParticipationQueries.participation(DashboardSql.projects(scope, filter), limit, offset).rows(em);
        long organisations = rows.isEmpty() ? 0 : count(rows.get(0), "organisations");
        return new ParticipationPage(rows.stream().map(ParticipationService::participation).toList(), organisations,
                offset, limit);
    }

    private static OrganisationParticipation participation(Tuple row) {
        long projects = count(row, "projects");
        return new OrganisationParticipation(count(row, "id"), text(row, "name"),
                OrganisationType.valueOf(text(row, "type")), text(row, "town"), projects, count(row, "as_owner"),
                count(row, "as_partner"), total(row, "granted", projects), total(row, "total", projects));
    }
}

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Do the filter's fund, round and sub-pool lie in the caller's portfolio? The API answers a foreign or unknown id
     * with 404 rather than with an empty list, so that a forged id is told apart from an empty result. One statement,
     * only when a round or sub-pool is given.
     */
    public boolean withinPortfolio(DashboardFilter filter) {
        Set<Long> funds = scopes.current().portfolioFunds();
        if (filter.fund() != null && !funds.contains(filter.fund())) {
            return false;
        }
        if (filter.round() == null && filter.subPool() == null) {
            return true;
        }
        if (funds.isEmpty()) {
            return false;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("checkFunds", List.copyOf(funds));
        parameters.put("checkRound", filter.round() == null ? -1L : filter.round());
        parameters.put("checkSubPool", filter.subPool() == null ? -1L : filter.subPool());
        Tuple found = new NativeAggregate("""
                select (select count(*) from funding_round r where r.id = :checkRound and r.fund_id in (:checkFunds)) as rounds,
                       (select count(*) from sub_pool sp join funding_round r on r.id = sp.round_id
                        where sp.id = :checkSubPool and r.fund_id in (:checkFunds)) as sub_pools""", parameters).rows(em).get(0);
        return (filter.round() == null || count(found, "rounds") == 1)
                && (filter.subPool() == null || count(found, "sub_pools") == 1);
    }

    private static OrganisationParticipation participation(Tuple row) {
        long projects = count(row, "projects");
        return new OrganisationParticipation(count(row, "id"), text(row, "name"),
                OrganisationType.valueOf(text(row, "type")), text(row, "town"), projects, count(row, "as_owner"),
                count(row, "as_partner"), total(row, "granted", projects), total(row, "total", projects));
    }
}

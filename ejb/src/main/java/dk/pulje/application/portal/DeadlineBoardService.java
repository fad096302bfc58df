package dk.pulje.application.portal;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The administrators' "due and overdue" board: reports, milestones and tranches due within N days or overdue, across
 * the funds the caller administers (never those read as regional staff), sorted and paged in PostgreSQL: one count and
 * one window (plus the caller's scope once per request), whatever the size of the portfolio.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(Roles.FUND_ADMIN)
public class DeadlineBoardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long count(@NotNull @Valid DeadlineSearch search) {
        DeadlineQueries queries = queries(search);
        return queries == null ? 0 : queries.count(until(search));
    }

    public List<Deadline> deadlines(@NotNull @Valid DeadlineSearch search) {
        DeadlineQueries queries = queries(search);
        return queries == null ? List.of()
                : queries.rows(until(search), today(), search.sort().orderBy(search.ascending()), search.first(), search.pageSize());
    }

    /** Overdue only: everything up to yesterday; otherwise up to today + the days asked for. */
    private LocalDate until(DeadlineSearch search) {
        return search.overdueOnly() ? today().minusDays(1) : today().plusDays(search.days());
    }

    /** Null when the caller administers none of the funds asked for: nothing to read. */
    private DeadlineQueries queries(DeadlineSearch search) {
        CallerScope scope = scopes.current();
        List<Long> funds = scope.has(Role.FUND_ADMIN) ? List.copyOf(scope.administeredFunds()) : List.of();
        if (search.fundId() != null) {
            funds = funds.contains(search.fundId()) ? List.of(search.fundId()) : List.of();
        }
        if (funds.isEmpty()) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("boardFunds", funds);
        return new DeadlineQueries(em, "p.fund_id in (:boardFunds)", parameters,
                search.kind() == null ? Set.of() : Set.of(search.kind()));
    }
}

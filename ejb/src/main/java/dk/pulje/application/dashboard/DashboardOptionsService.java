package dk.pulje.application.dashboard;

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
import jakarta.persistence.Tuple;

import java.util.List;

/**
 * The choices of the dashboards' filter bar, over the caller's portfolio (the funds they administer or read as
 * regional staff): five small statements, whatever the size of the portfolio.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class DashboardOptionsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    public FilterOptions options() {
        CallerScope scope = scopes.current();
        DashboardSql.Condition projects = DashboardSql.projects(scope, DashboardFilter.NONE);
        List<Long> funds = List.copyOf(scope.portfolioFunds());
        if (funds.isEmpty()) {
            return new FilterOptions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        java.util.Map<String, Object> fundParameter = java.util.Map.of("funds", funds);
        List<FilterOptions.Option> fundOptions = options(new NativeAggregate("""
                select f.id as id, f.short_name as label from fund f where f.id in (:funds) order by f.short_name, f.id""",
                fundParameter));
        List<Tuple> roundRows = new NativeAggregate("""
                select r.id as id, f.short_name || ' · ' || r.name as label, r.round_year as year
                from funding_round r join fund f on f.id = r.fund_id
                where r.fund_id in (:funds)
                order by f.short_name, r.round_year desc nulls last, r.name""", fundParameter).rows(em);
        List<FilterOptions.Option> rounds = roundRows.stream()
                .map(row -> new FilterOptions.Option(((Number) row.get("id")).longValue(), (String) row.get("label"))).toList();
        List<Integer> years = roundRows.stream().map(row -> (Number) row.get("year")).filter(java.util.Objects::nonNull)
                .map(Number::intValue).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        List<FilterOptions.Option> themes = options(new NativeAggregate("""
                select t.id as id, t.name as label from theme t
                where exists (select 1 from project_theme pt join project p on p.id = pt.project_id
                              where pt.theme_id = t.id and %s)
                order by t.name""".formatted(projects.text()), projects.parameters()));
        List<String> towns = new NativeAggregate("""
                select distinct p.town as town from project p where p.town is not null and %s order by p.town"""
                .formatted(projects.text()), projects.parameters()).rows(em).stream()
                .map(row -> (String) row.get("town")).toList();
        List<FilterOptions.Option> subPools = options(new NativeAggregate("""
                select sp.id as id, r.name || ' · ' || sp.name as label
                from sub_pool sp join funding_round r on r.id = sp.round_id
                where r.fund_id in (:funds)
                order by r.name, sp.kind desc, sp.name""", fundParameter));
        return new FilterOptions(fundOptions, rounds, years, themes, towns, subPools);
    }

    private List<FilterOptions.Option> options(NativeAggregate statement) {
        return statement.rows(em).stream()
                .map(row -> new FilterOptions.Option(((Number) row.get("id")).longValue(), (String) row.get("label")))
                .toList();
    }
}

package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The condition every dashboard statement puts on its projects: the caller's portfolio (the funds they administer or
 * read as regional staff; applicants have no portfolio here) narrowed by the {@link DashboardFilter}. Written on the
 * project alias {@code p} only (a filter on the round's year, the owner's type, a theme or a sub-pool is a subquery),
 * so that any statement that reads {@code project p} can append it. Only the filters that are set are written, so
 * that the planner sees the plainest condition (docs/performance.md). Every value is a bound parameter.
 */
public final class DashboardSql {

    private DashboardSql() {
    }

    /** The condition and its parameters; the text is wrapped in parentheses with a space each side. */
    public record Condition(String text, Map<String, Object> parameters) {
    }

    public static Condition projects(CallerScope scope, DashboardFilter filter) {
        return projects(scope, filter, "p");
    }

    /** The same on a project aliased {@code alias}; parameter names carry the alias so two conditions can meet. */
    public static Condition projects(CallerScope scope, DashboardFilter filter, String alias) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        List<Long> funds = List.copyOf(scope.portfolioFunds());
        if (funds.isEmpty()) {
            return new Condition(" (1 = 0) ", parameters);
        }
        String prefix = alias + "_";
        terms.add(alias + ".fund_id in (:" + prefix + "scopeFunds)");
        parameters.put(prefix + "scopeFunds", funds);
        if (filter.fund() != null) {
            terms.add(alias + ".fund_id = :" + prefix + "fund");
            parameters.put(prefix + "fund", filter.fund());
        }
        if (filter.round() != null) {
            terms.add(alias + ".round_id = :" + prefix + "round");
            parameters.put(prefix + "round", filter.round());
        }
        if (filter.year() != null) {
            terms.add(alias + ".round_id in (select fr.id from funding_round fr where fr.round_year = :" + prefix + "year)");
            parameters.put(prefix + "year", filter.year());
        }
        if (filter.theme() != null) {
            terms.add("exists (select 1 from project_theme fpt where fpt.project_id = " + alias
                    + ".id and fpt.theme_id = :" + prefix + "theme)");
            parameters.put(prefix + "theme", filter.theme());
        }
        if (filter.town() != null) {
            terms.add(alias + ".town = :" + prefix + "town");
            parameters.put(prefix + "town", filter.town());
        }
        if (filter.institutionType() != null) {
            terms.add(alias + ".owner_id in (select fo.id from organisation fo where fo.type = :" + prefix + "type)");
            parameters.put(prefix + "type", filter.institutionType().name());
        }
        if (filter.status() != null) {
            terms.add(alias + ".status = :" + prefix + "status");
            parameters.put(prefix + "status", filter.status().name());
        }
        if (filter.subPool() != null) {
            terms.add("exists (select 1 from project_grant fg where fg.project_id = " + alias
                    + ".id and fg.sub_pool_id = :" + prefix + "subPool)");
            parameters.put(prefix + "subPool", filter.subPool());
        }
        return new Condition(" (" + String.join(" and ", terms) + ") ", parameters);
    }
}

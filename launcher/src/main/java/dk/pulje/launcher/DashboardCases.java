package dk.pulje.launcher;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DashboardSql;
import dk.pulje.application.dashboard.NativeAggregate;
import dk.pulje.application.security.CallerScope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The requests that {@code ./pulje bench} times in its section "dashboards: server vs bare SQL": each is an HTTP GET
 * and the statements the service runs for it, built with the same public factories the service uses (a dashboard's
 * {@code *Queries} class and {@link DashboardSql}) and run through plain JDBC ({@link NativeAggregate#jdbc()}).
 * <p>
 * Adding a dashboard is one line in {@link #all()}, e.g.
 * <pre>{@code
 * new DashboardCase("round summary", Caller.ADMIN, ids -> "api/v1/rounds/" + ids.round() + "/summary",
 *         (scope, ids) -> List.of(RoundQueries.summary(DashboardSql.projects(scope, DashboardFilter.ofRound(ids.round())), ids.round()))),
 * }</pre>
 * A path under {@code api/} is requested with HTTP Basic, any other (a page) with the caller's logged-in session.
 */
final class DashboardCases {

    private DashboardCases() {
    }

    /** Who asks: the administrator of all ten funds, or regional staff reading five of them. */
    enum Caller { ADMIN, REGION }

    /** Ids of the generated portfolio that cases may name: the first fund, its newest round, that round's theme pool. */
    record Ids(long fund, long round, long themePool, long theme, String town, long organisation) {
    }

    /**
     * One request and its bare SQL.
     *
     * @param statements what the service runs for the request, for the caller's scope; the bench counts them
     */
    record DashboardCase(String name, Caller caller, Function<Ids, String> path,
                         BiFunction<CallerScope, Ids, List<NativeAggregate>> statements) {
    }

    static List<DashboardCase> all() {
        return List.of(
                new DashboardCase("start page: round cards (regional staff)", Caller.REGION, ids -> "index.xhtml",
                        (scope, ids) -> PortfolioSql.roundCards(scope)),
                new DashboardCase("API: projects, page of 100, HTTP Basic (admin)", Caller.ADMIN, ids -> "api/projects?size=100",
                        (scope, ids) -> List.of(ProjectPageSql.window(scope, 0, 100))),
                new DashboardCase("API: projects, page of 100, HTTP Basic (region)", Caller.REGION, ids -> "api/projects?size=100",
                        (scope, ids) -> List.of(ProjectPageSql.window(scope, 0, 100)))
                // The dashboards' cases (issue 11) go here, one line each, as the services land on main.
        );
    }

    /**
     * PortfolioService's three statements (JPQL there) written as the SQL Hibernate sends for them, on the dashboards'
     * project condition (for administrators and regional staff the same {@code fund_id in (…)} as the service's scope).
     * A mirror, not a shared factory: if PortfolioService changes, change this too.
     */
    static final class PortfolioSql {

        private static final String SUMS = """
                count(p.id) as projects,
                sum(p.total_amount) as total, count(p.total_amount) as totals_known,
                sum(g.granted_amount) as granted, count(g.granted_amount) as grants_known,
                sum(case when p.total_amount is not null and g.granted_amount is not null then g.granted_amount end) as granted_both,
                sum(case when p.total_amount is not null and g.granted_amount is not null then p.total_amount end) as total_both
                """;

        private PortfolioSql() {
        }

        static List<NativeAggregate> roundCards(CallerScope scope) {
            DashboardSql.Condition projects = DashboardSql.projects(scope, DashboardFilter.NONE);
            Map<String, Object> withFunds = new HashMap<>(projects.parameters());
            withFunds.put("funds", List.copyOf(scope.portfolioFunds()));
            return List.of(
                    new NativeAggregate("""
                            select f.id, f.name, f.short_name, funder.name as funder, r.id as round_id, r.name as round, %s
                            from funding_round r join fund f on f.id = r.fund_id join organisation funder on funder.id = f.funder_id
                                 left join project p on p.round_id = r.id and %s
                                 left join project_grant g on g.project_id = p.id
                            group by f.id, f.name, f.short_name, funder.name, r.id, r.name, r.round_year
                            having f.id in (:funds) or count(p.id) > 0
                            order by funder.name, f.name, r.round_year desc nulls last, r.name"""
                            .formatted(SUMS, projects.text()), withFunds),
                    new NativeAggregate("""
                            select f.id, f.name, f.short_name, funder.name as funder, %s
                            from project p join fund f on f.id = p.fund_id join organisation funder on funder.id = f.funder_id
                                 left join project_grant g on g.project_id = p.id
                            where p.round_id is null and %s
                            group by f.id, f.name, f.short_name, funder.name
                            order by funder.name, f.name""".formatted(SUMS, projects.text()), projects.parameters()),
                    new NativeAggregate("""
                            select r.id as round_id, sp.id, sp.name, sp.kind, sp.target_share, count(p.id) as projects,
                                   sum(case when p.id is not null then g.granted_amount end) as granted
                            from sub_pool sp join funding_round r on r.id = sp.round_id
                                 left join project_grant g on g.sub_pool_id = sp.id
                                 left join project p on p.id = g.project_id and %s
                            group by r.id, sp.id, sp.name, sp.kind, sp.target_share
                            order by r.id, sp.kind desc, sp.name""".formatted(projects.text()), projects.parameters()));
        }
    }

    /** ProjectCatalogService's window for the API's page (JPQL there), as SQL, sorted by title; a mirror like PortfolioSql. */
    static final class ProjectPageSql {

        private ProjectPageSql() {
        }

        static NativeAggregate window(CallerScope scope, int first, int size) {
            DashboardSql.Condition projects = DashboardSql.projects(scope, DashboardFilter.NONE);
            return new NativeAggregate("""
                    select p.id, p.title, f.short_name, r.name, o.name, p.town, p.status, p.total_amount, p.total_currency,
                           g.granted_amount, g.granted_currency, g.id,
                           (select sum(pm.paid_amount) from payment pm where pm.grant_id = g.id) as paid
                    from project p join fund f on f.id = p.fund_id
                         left join funding_round r on r.id = p.round_id
                         left join organisation o on o.id = p.owner_id
                         left join project_grant g on g.project_id = p.id
                    where %s
                    order by lower(p.title) asc, p.id asc offset %d rows fetch first %d rows only"""
                    .formatted(projects.text(), first, size), projects.parameters());
        }
    }
}

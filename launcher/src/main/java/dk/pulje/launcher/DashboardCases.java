package dk.pulje.launcher;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DashboardSql;
import dk.pulje.application.dashboard.NativeAggregate;
import dk.pulje.application.portfolio.PortfolioQueries;
import dk.pulje.application.security.CallerScope;

import java.util.List;
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
                        (scope, ids) -> PortfolioQueries.cards(List.copyOf(scope.portfolioFunds()))),
                new DashboardCase("API: projects, page of 100, HTTP Basic (admin)", Caller.ADMIN, ids -> "api/projects?size=100",
                        (scope, ids) -> List.of(ProjectPageSql.window(scope, 0, 100))),
                new DashboardCase("API: projects, page of 100, HTTP Basic (region)", Caller.REGION, ids -> "api/projects?size=100",
                        (scope, ids) -> List.of(ProjectPageSql.window(scope, 0, 100)))
                // The dashboards' cases (issue 11) go here, one line each, as the services land on main.
        );
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

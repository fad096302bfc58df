package dk.pulje.launcher;

import dk.pulje.application.dashboard.CofinancingQueries;
import dk.pulje.application.dashboard.CofinancingService;
import dk.pulje.application.dashboard.CompareKind;
import dk.pulje.application.dashboard.CompareQueries;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DistributionDimension;
import dk.pulje.application.dashboard.DistributionQueries;
import dk.pulje.application.dashboard.MoneyQueries;
import dk.pulje.application.dashboard.OverdueReportQueries;
import dk.pulje.application.dashboard.ParticipationQueries;
import dk.pulje.application.dashboard.RoundQueries;
import dk.pulje.application.dashboard.DashboardSql;
import dk.pulje.application.dashboard.NativeAggregate;
import dk.pulje.application.portfolio.PortfolioQueries;
import dk.pulje.application.security.CallerScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
    record Ids(long fund, long round, long themePool, long theme, String town, long organisation, long otherFund,
               long otherRound) {
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
,
                // The dashboards of issue 11, each as its REST twin (the page runs the same statements).
                new DashboardCase("round summary (admin)", Caller.ADMIN, ids -> "api/v1/rounds/" + ids.round() + "/summary",
                        (scope, ids) -> List.of(RoundQueries.summary(scope, DashboardFilter.NONE, List.of(ids.round())),
                                RoundQueries.subPools(scope, DashboardFilter.NONE, List.of(ids.round())))),
                new DashboardCase("round summary, town filter (region)", Caller.REGION,
                        ids -> "api/v1/rounds/" + ids.round() + "/summary?town=" + encode(ids.town()),
                        (scope, ids) -> List.of(RoundQueries.summary(scope, town(ids), List.of(ids.round())),
                                RoundQueries.subPools(scope, town(ids), List.of(ids.round())))),
                new DashboardCase("distribution by town (region)", Caller.REGION,
                        ids -> "api/v1/rounds/" + ids.round() + "/distribution?by=town",
                        (scope, ids) -> distribution(scope, ids, DistributionDimension.TOWN)),
                new DashboardCase("distribution by theme (admin)", Caller.ADMIN,
                        ids -> "api/v1/rounds/" + ids.round() + "/distribution?by=theme",
                        (scope, ids) -> distribution(scope, ids, DistributionDimension.THEME)),
                new DashboardCase("co-financing and support shares (region)", Caller.REGION,
                        ids -> "api/v1/rounds/" + ids.round() + "/cofinancing",
                        (scope, ids) -> {
                            DashboardSql.Condition round = DashboardSql.projects(scope, DashboardFilter.ofRound(ids.round()));
                            return List.of(CofinancingQueries.extremes(round, CofinancingService.EXTREMES),
                                    CofinancingQueries.judgedProjects(round, CofinancingQueries.JUDGED_LIMIT),
                                    CofinancingQueries.outcomes(round));
                        }),
                new DashboardCase("compare two funds (admin)", Caller.ADMIN,
                        ids -> "api/v1/compare?fund=" + ids.fund() + "&fund=" + ids.otherFund(),
                        (scope, ids) -> List.of(CompareQueries.figures(CompareKind.FUND, List.of(ids.fund(), ids.otherFund()),
                                DashboardSql.projects(scope, DashboardFilter.NONE), scope.portfolioFunds()))),
                new DashboardCase("compare two rounds (region)", Caller.REGION,
                        ids -> "api/v1/compare?round=" + ids.round() + "&round=" + ids.otherRound(),
                        (scope, ids) -> List.of(CompareQueries.figures(CompareKind.ROUND, List.of(ids.round(), ids.otherRound()),
                                DashboardSql.projects(scope, DashboardFilter.NONE), scope.portfolioFunds()))),
                new DashboardCase("money: paid, planned per month (region)", Caller.REGION, ids -> "api/v1/money",
                        (scope, ids) -> {
                            DashboardSql.Condition all = DashboardSql.projects(scope, DashboardFilter.NONE);
                            return List.of(MoneyQueries.totals(all, today()), MoneyQueries.months(all, YearMonth.from(today())));
                        }),
                new DashboardCase("overdue reports, page of 100 (admin)", Caller.ADMIN, ids -> "api/v1/reports/overdue?size=100",
                        (scope, ids) -> {
                            DashboardSql.Condition all = DashboardSql.projects(scope, DashboardFilter.NONE);
                            return List.of(OverdueReportQueries.count(all, today()), OverdueReportQueries.page(all, today(), 0, 100));
                        }),
                new DashboardCase("organisations in one fund (region)", Caller.REGION,
                        ids -> "api/v1/organisations/participation?fund=" + ids.fund(),
                        (scope, ids) -> List.of(ParticipationQueries.participation(
                                DashboardSql.projects(scope, DashboardFilter.ofFund(ids.fund())), 50, 0)))
        );
    }

    /** The funders' today, as the services read it (Clocks). */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }

    private static DashboardFilter town(Ids ids) {
        return new DashboardFilter(null, null, null, null, ids.town(), null, null, null);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<NativeAggregate> distribution(CallerScope scope, Ids ids, DistributionDimension by) {
        DashboardSql.Condition round = DashboardSql.projects(scope, DashboardFilter.ofRound(ids.round()));
        return List.of(DistributionQueries.groups(round, by), DistributionQueries.overall(round),
                DistributionQueries.scatter(round, DistributionQueries.SCATTER_LIMIT));
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

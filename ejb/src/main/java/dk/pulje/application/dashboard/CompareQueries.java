package dk.pulje.application.dashboard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison's one statement (issue 11, Q6): for every chosen round or fund the round dashboard's figures, in a
 * single {@code group by} over all chosen ids, so that comparing ten rounds costs what comparing two does.
 * <p>
 * The projects are joined with the dashboards' condition ({@link DashboardSql}) in the join itself, so that a chosen
 * round without a project (or with none left by the filter) still answers with zeros. A chosen id outside the caller's
 * funds yields no row at all: the service reads a missing row as "not found", whether the id is foreign or unknown.
 */
public final class CompareQueries {

    /** The project sums every comparison shows; {@code p} the project, {@code g} its grant, {@code pay} its Σ paid. */
    private static final String SUMS = """
            count(p.id) as projects,
            sum(g.applied_amount) as applied, count(g.applied_amount) as applied_known,
            sum(g.granted_amount) as granted, count(g.granted_amount) as granted_known,
            sum(pay.paid) as paid,
            sum(p.total_amount) as total, count(p.total_amount) as total_known,
            sum(case when p.total_amount is not null and g.granted_amount is not null then g.granted_amount end) as granted_both,
            sum(case when p.total_amount is not null and g.granted_amount is not null then p.total_amount end) as total_both
            """;

    /** Each project's grant and what has been paid of it (one index lookup per grant, never the whole payment table). */
    private static final String GRANT_AND_PAID = """
            left join project_grant g on g.project_id = p.id
            left join lateral (select sum(pm.paid_amount) as paid from payment pm where pm.grant_id = g.id) pay on true
            """;

    private CompareQueries() {
    }

    /**
     * The figures of the chosen rounds or funds that belong to {@code portfolioFunds}.
     *
     * @param projects the caller's portfolio narrowed by the filter ({@link DashboardSql#projects}), on alias {@code p};
     *                 its fund and round are the caller's choice of columns, so pass a filter without them
     */
    public static NativeAggregate figures(CompareKind kind, Collection<Long> ids, DashboardSql.Condition projects,
                                          Collection<Long> portfolioFunds) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("compareIds", List.copyOf(ids));
        parameters.put("compareFunds", List.copyOf(portfolioFunds));
        String sql = switch (kind) {
            case ROUND -> """
                    select r.id as id, f.short_name || ' · ' || r.name as label, f.name as fund_name,
                           r.envelope_amount as envelope, %s
                    from funding_round r join fund f on f.id = r.fund_id
                         left join project p on p.round_id = r.id and %s
                         %s
                    where r.id in (:compareIds) and r.fund_id in (:compareFunds)
                    group by r.id, f.id""".formatted(SUMS, projects.text(), GRANT_AND_PAID);
            // A fund's envelope is the sum of its rounds' envelopes (null when no round states one).
            case FUND -> """
                    select f.id as id, f.short_name as label, f.name as fund_name,
                           (select sum(fr.envelope_amount) from funding_round fr where fr.fund_id = f.id) as envelope, %s
                    from fund f
                         left join project p on p.fund_id = f.id and %s
                         %s
                    where f.id in (:compareIds) and f.id in (:compareFunds)
                    group by f.id""".formatted(SUMS, projects.text(), GRANT_AND_PAID);
        };
        return new NativeAggregate(sql, parameters);
    }
}

package dk.pulje.application.opendata;

import dk.pulje.application.dashboard.NativeAggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of an open-data export, each over the same selection: the decided grants (an amount, even 0: the
 * quality check decides about those) of the projects of one round or one fund, inside the caller's portfolio. Five
 * statements whatever the number of grants: the scope (round or fund), the grants, and the tranches, partners and
 * result goals of all of them at once.
 */
public final class OpenDataQueries {

    private OpenDataQueries() {
    }

    /** The round with its fund and funder, when the round belongs to a fund of {@code portfolio}. */
    public static NativeAggregate round(long roundId, Set<Long> portfolio) {
        return new NativeAggregate("""
                select f.id as fund_id, f.name as fund_name, r.id as round_id, r.name as round_name,
                       o.id as funder_id, o.name as funder_name, o.type as funder_type, o.cvr as funder_cvr,
                       o.town as funder_town, o.country as funder_country
                  from funding_round r
                  join fund f on f.id = r.fund_id
                  join organisation o on o.id = f.funder_id
                 where r.id = :round and f.id in (:portfolio)""", Map.of("round", roundId, "portfolio", List.copyOf(portfolio)));
    }

    /** The fund with its funder, when it is one of {@code portfolio}. */
    public static NativeAggregate fund(long fundId, Set<Long> portfolio) {
        return new NativeAggregate("""
                select f.id as fund_id, f.name as fund_name, cast(null as bigint) as round_id,
                       cast(null as varchar) as round_name,
                       o.id as funder_id, o.name as funder_name, o.type as funder_type, o.cvr as funder_cvr,
                       o.town as funder_town, o.country as funder_country
                  from fund f
                  join organisation o on o.id = f.funder_id
                 where f.id = :fund and f.id in (:portfolio)""", Map.of("fund", fundId, "portfolio", List.copyOf(portfolio)));
    }

    /**
     * The grants, one row each, ordered by round and project. The maturation → follow-up links are written
     * {@code project:funder:cvr} (comma-separated when several projects lead to this one). Σ paid is a correlated sum per grant over
     * {@code payment_grant_amounts_idx}; the day Pulje recorded the decision (the award date's last fallback) is the
     * first audited revision of the grant with an amount, in Danish time.
     */
    public static NativeAggregate grants(OpenDataScope scope) {
        return new NativeAggregate("""
                select p.id as project_id, p.title, p.description, p.project_type, p.status, p.start_date, p.end_date,
                       p.town, p.total_amount,
                       r.id as round_id, r.name as round_name,
                       o.id as owner_id, o.name as owner_name, o.type as owner_type, o.cvr as owner_cvr,
                       o.town as owner_town, o.country as owner_country,
                       g.applied_amount, g.granted_amount,
                       coalesce(g.decision_date, r.decision_date, recorded.decided_on) as award_date,
                       (select coalesce(sum(pay.paid_amount), 0) from payment pay where pay.grant_id = g.id) as paid,
                       (select concat(fu.id, ':', fuf.funder_id, ':', fuo.cvr) from project fu
                          join fund fuf on fuf.id = fu.fund_id join organisation fuo on fuo.id = fuf.funder_id
                         where fu.id = p.follow_up_id) as follow_up,
                       (select string_agg(concat(m.id, ':', mf.funder_id, ':', mo.cvr), ',' order by m.id) from project m
                          join fund mf on mf.id = m.fund_id join organisation mo on mo.id = mf.funder_id
                         where m.follow_up_id = p.id) as matured_from
                  from project p
                  join project_grant g on g.project_id = p.id
                  left join funding_round r on r.id = p.round_id
                  left join organisation o on o.id = p.owner_id
                  left join lateral (
                       select cast(timezone('Europe/Copenhagen', to_timestamp(min(ar.changed_at) / 1000.0)) as date)
                              as decided_on
                         from project_grant_aud ga
                         join audit_revision ar on ar.id = ga.rev
                        where ga.id = g.id and ga.granted_amount is not null) recorded on true
                 where %s
                 order by r.round_year nulls last, r.name nulls last, p.id""".formatted(selection(scope)),
                parameters(scope));
    }

    /** The tranches of the selected grants, per project in the order they fall due. */
    public static NativeAggregate tranches(OpenDataScope scope) {
        return new NativeAggregate("""
                select p.id as project_id, pay.planned_date, pay.planned_amount, pay.paid_date, pay.paid_amount
                  from payment pay
                  join project_grant g on g.id = pay.grant_id
                  join project p on p.id = g.project_id
                 where %s
                 order by p.id, coalesce(pay.paid_date, pay.planned_date) nulls last, pay.id""".formatted(selection(scope)),
                parameters(scope));
    }

    /** The partners of the selected projects. */
    public static NativeAggregate partners(OpenDataScope scope) {
        return new NativeAggregate("""
                select p.id as project_id, pp.role, o.id as organisation_id, o.name, o.type, o.cvr, o.town, o.country
                  from project_partner pp
                  join organisation o on o.id = pp.organisation_id
                  join project p on p.id = pp.project_id
                  join project_grant g on g.project_id = p.id
                 where %s
                 order by p.id, pp.id""".formatted(selection(scope)), parameters(scope));
    }

    /** The result goals of the selected projects, in their order. */
    public static NativeAggregate goals(OpenDataScope scope) {
        return new NativeAggregate("""
                select p.id as project_id, rg.position, rg.description, rg.indicators
                  from result_goal rg
                  join project p on p.id = rg.project_id
                  join project_grant g on g.project_id = p.id
                 where %s
                 order by p.id, rg.position""".formatted(selection(scope)), parameters(scope));
    }

    /** The selection on {@code p} (project) and {@code g} (its grant): a decided amount, in the fund or the round. */
    private static String selection(OpenDataScope scope) {
        return scope.isRound()
                ? "p.fund_id = :fund and p.round_id = :round and g.granted_amount is not null"
                : "p.fund_id = :fund and g.granted_amount is not null";
    }

    private static Map<String, Object> parameters(OpenDataScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fund", scope.fundId());
        if (scope.isRound()) {
            parameters.put("round", scope.roundId());
        }
        return parameters;
    }
}

package dk.pulje.application.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Organisations by participation (issue 11, Q7), in one statement: each organisation's projects as owner and as partner
 * (a partner with several roles in one project, or owner and partner of it, counts that project once), Σ granted and
 * Σ total of those projects, the most active first, one page of them in SQL ({@code limit}/{@code offset}), and how many
 * organisations take part in all ({@code count(*) over ()}, before the limit).
 */
public final class ParticipationQueries {

    private ParticipationQueries() {
    }

    /**
     * @param projects the caller's portfolio narrowed by the filter ({@link DashboardSql#projects}), on alias {@code p}
     */
    public static NativeAggregate participation(DashboardSql.Condition projects, int limit, int offset) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("participationLimit", limit);
        parameters.put("participationOffset", offset);
        return new NativeAggregate("""
                with involvement as (
                    select p.owner_id as organisation_id, p.id as project_id, true as as_owner
                    from project p where p.owner_id is not null and %1$s
                    union
                    select pp.organisation_id, p.id, false
                    from project_partner pp join project p on p.id = pp.project_id where %1$s
                ), per_project as (
                    select i.organisation_id, i.project_id, bool_or(i.as_owner) as as_owner, bool_or(not i.as_owner) as as_partner
                    from involvement i group by i.organisation_id, i.project_id
                )
                select o.id as id, o.name as name, o.type as type, o.town as town,
                       count(*) as projects,
                       count(*) filter (where pr.as_owner) as as_owner,
                       count(*) filter (where pr.as_partner) as as_partner,
                       sum(g.granted_amount) as granted, count(g.granted_amount) as granted_known,
                       sum(p.total_amount) as total, count(p.total_amount) as total_known,
                       count(*) over () as organisations
                from per_project pr
                     join organisation o on o.id = pr.organisation_id
                     join project p on p.id = pr.project_id
                     left join project_grant g on g.project_id = p.id
                group by o.id
                order by count(*) desc, sum(g.granted_amount) desc nulls last, o.name, o.id
                limit :participationLimit offset :participationOffset""".formatted(projects.text()), parameters);
    }
}

package dk.pulje.application.dashboard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What maturation projects led to (issue 11, Q8), in one statement: a recursive walk along {@code project.follow_up_id}
 * from each chain's first project, every step with its status, grant and total, and each chain's Σ granted and Σ total
 * as window sums. The walk stays inside the caller's funds (a follow-up elsewhere ends the chain and is flagged, never
 * shown), never visits a project twice (the path is kept, so a cycle ends) and stops after {@link #MAX_DEPTH} steps.
 */
public final class FollowUpChainQueries {

    /** Longer chains than this are cut: no fund runs twenty maturation rounds in a row. */
    public static final int MAX_DEPTH = 20;

    private FollowUpChainQueries() {
    }

    /**
     * The chains that start at a maturation project of the filtered portfolio which is not itself a visible project's
     * follow-up (so that a chain is shown once, from its start), ordered by title, at most {@code limit} of them.
     */
    public static NativeAggregate chains(DashboardSql.Condition projects, Collection<Long> portfolioFunds, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("chainFunds", List.copyOf(portfolioFunds));
        parameters.put("chainLimit", limit);
        return walk("""
                select p.id from project p
                where p.project_type = 'MATURATION' and %s
                  and not exists (select 1 from project q where q.follow_up_id = p.id and q.fund_id in (:chainFunds))
                order by p.title, p.id
                limit :chainLimit""".formatted(projects.text()), parameters);
    }

    /** The chain from one project, if it lies in the caller's funds (any type: a chain of one is still an answer). */
    public static NativeAggregate chainFrom(long projectId, Collection<Long> portfolioFunds) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("chainFunds", List.copyOf(portfolioFunds));
        parameters.put("chainProject", projectId);
        return walk("select p.id from project p where p.id = :chainProject and p.fund_id in (:chainFunds)", parameters);
    }

    private static NativeAggregate walk(String roots, Map<String, Object> parameters) {
        parameters.put("chainDepth", MAX_DEPTH);
        return new NativeAggregate("""
                with recursive roots as (%s),
                chain (root_id, project_id, depth, path) as (
                    select r.id, r.id, 0, array[r.id] from roots r
                    union all
                    select c.root_id, n.id, c.depth + 1, c.path || n.id
                    from chain c
                         join project cur on cur.id = c.project_id
                         join project n on n.id = cur.follow_up_id
                    where n.fund_id in (:chainFunds) and not n.id = any(c.path) and c.depth < :chainDepth
                )
                select c.root_id as root_id, c.depth as depth, p.id as id, p.title as title,
                       p.project_type as type, p.status as status, f.short_name as fund,
                       g.granted_amount as granted, p.total_amount as total,
                       (p.follow_up_id is not null and not exists (select 1 from project n
                            where n.id = p.follow_up_id and n.fund_id in (:chainFunds))) as hidden_follow_up,
                       count(*) over w as chain_length,
                       sum(g.granted_amount) over w as chain_granted, count(g.granted_amount) over w as chain_granted_known,
                       sum(p.total_amount) over w as chain_total, count(p.total_amount) over w as chain_total_known
                from chain c
                     join project p on p.id = c.project_id
                     join project root on root.id = c.root_id
                     join fund f on f.id = p.fund_id
                     left join project_grant g on g.project_id = p.id
                window w as (partition by c.root_id)
                order by root.title, c.root_id, c.depth""".formatted(roots), parameters);
    }
}

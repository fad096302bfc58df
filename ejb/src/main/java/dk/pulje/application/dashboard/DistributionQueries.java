package dk.pulje.application.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements behind the distribution dashboard (issue 11, question 1), public so that {@code ./pulje bench} can
 * time the very same text as bare SQL. Each reads {@code project p} under a {@link DashboardSql.Condition} and its
 * grant (at most one per project) and sums in PostgreSQL.
 * <p>
 * Support share = Σ granted ÷ Σ total over the projects where both are known (a project with an unknown total or grant
 * would otherwise pull the share up or down), rounded half up to four decimals like {@code Money.shareOf}.
 */
public final class DistributionQueries {

    /** Points of the scatter chart at most; the page says so when there are more. */
    public static final int SCATTER_LIMIT = 500;

    private DistributionQueries() {
    }

    /** The sums every row has: count, Σ granted, Σ total (each over the known amounts), and the support share. */
    private static final String SUMS = """
            count(distinct p.id) as projects,
            sum(g.granted_amount) as granted,
            count(g.granted_amount) as granted_known,
            sum(p.total_amount) as total,
            count(p.total_amount) as total_known,
            round(sum(case when p.total_amount is not null then g.granted_amount end)
                  / nullif(sum(case when g.granted_amount is not null then p.total_amount end), 0), 4) as support_share""";

    /**
     * One row per group: {@code group_id} (the theme, owner or nothing), {@code group_key} (the town, theme name,
     * owner's name, type or status; null = not stated) and the sums, largest Σ granted first.
     */
    public static NativeAggregate groups(DashboardSql.Condition condition, DistributionDimension by) {
        String owner = "left join organisation o on o.id = p.owner_id";
        Grouping grouping = switch (by) {
            case TOWN -> new Grouping("p.town", NO_ID, "");
            case THEME -> new Grouping("t.name", "t.id",
                    "left join project_theme pt on pt.project_id = p.id left join theme t on t.id = pt.theme_id");
            case INSTITUTION -> new Grouping("o.name", "o.id", owner);
            case TYPE -> new Grouping("o.type", NO_ID, owner);
            case STATUS -> new Grouping("p.status", NO_ID, "");
        };
        String key = grouping.key();
        String id = grouping.id();
        String joins = grouping.joins();
        // count(distinct p.id) guards the theme join; a project has one grant at most (project_grant_project_unique),
        // so the sums never double.
        return new NativeAggregate("""
                select %s as group_id, %s as group_key, %s
                from project p left join project_grant g on g.project_id = p.id %s
                where %s
                group by %s, %s
                order by sum(g.granted_amount) desc nulls last, count(distinct p.id) desc, %s nulls last"""
                .formatted(id, key, SUMS, joins, condition.text(), id, key, key), condition.parameters());
    }

    /** A dimension without an id of its own (a town, a type, a status is its key). */
    private static final String NO_ID = "cast(null as bigint)";

    /** How a dimension groups: its key, its id (or none) and the joins that reach them. */
    private record Grouping(String key, String id, String joins) {
    }

    /** The portfolio of the filter as one row (each project once, whatever the dimension). */
    public static NativeAggregate overall(DashboardSql.Condition condition) {
        return new NativeAggregate("""
                select cast(null as bigint) as group_id, cast(null as text) as group_key, %s
                from project p left join project_grant g on g.project_id = p.id
                where %s""".formatted(SUMS, condition.text()), condition.parameters());
    }

    /**
     * The projects with both a total and a grant, for the scatter chart of total against grant: at most
     * {@code limit} of them, the largest totals first; {@code plotted_of} says how many there are in all.
     */
    public static NativeAggregate scatter(DashboardSql.Condition condition, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>(condition.parameters());
        parameters.put("scatterLimit", limit);
        return new NativeAggregate("""
                select p.id as id, p.title as title, p.town as town, p.total_amount as total, g.granted_amount as granted,
                       round(g.granted_amount / nullif(p.total_amount, 0), 4) as support_share,
                       count(*) over () as plotted_of
                from project p join project_grant g on g.project_id = p.id
                where p.total_amount is not null and g.granted_amount is not null and %s
                order by p.total_amount desc, p.id
                limit :scatterLimit""".formatted(condition.text()), parameters);
    }
}

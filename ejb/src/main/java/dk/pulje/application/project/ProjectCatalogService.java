package dk.pulje.application.project;

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
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads projects for lists and the project page. Paging, sorting and filtering happen in the database: a page costs
 * two statements (count and window), whatever the size of the portfolio, plus the caller's scope the first time a
 * request needs it ({@link CallerScopes}, two statements once per request). Σ paid is a correlated subquery in the
 * window's select list: PostgreSQL sums the payments (payment_grant_amounts_idx, V11) of the page's rows only, not of every project.
 * The API and the list downloads read by keyset instead ({@link #page}): one statement per page at any depth.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class ProjectCatalogService {

    private static final String SUMMARY_FROM = """
            from Project p join p.fund f
                 left join p.round r
                 left join p.owner o
                 left join Grant g on g.project = p
            """;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /** Count and window in one call, for callers that want both (the list page asks for them separately). */
    public ProjectPage search(@NotNull @Valid ProjectSearch search) {
        Filter filter = Filter.of(search, scopes.current());
        long total = count(filter);
        List<ProjectSummary> rows = total == 0 || search.first() >= total ? List.of() : rows(search, filter);
        return new ProjectPage(rows, total);
    }

    /** How many projects match the search's filters (its sort and window are ignored). */
    public long count(@NotNull @Valid ProjectSearch search) {
        return count(Filter.of(search, scopes.current()));
    }

    /** One sorted window of the matching projects. */
    public List<ProjectSummary> rows(@NotNull @Valid ProjectSearch search) {
        return rows(search, Filter.of(search, scopes.current()));
    }

    private long count(Filter filter) {
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + filter.where(), Long.class);
        filter.bind(count);
        return count.getSingleResult();
    }

    private List<ProjectSummary> rows(ProjectSearch search, Filter filter) {
        TypedQuery<ProjectSummary> rows = em.createQuery("""
                select new dk.pulje.application.project.ProjectSummary(
                       p.id, p.title, f.shortName, r.name, o.name, p.town, p.status, p.totalSum, g.granted, g.id,
                       (select sum(pm.paidAmount.amount) from Payment pm where pm.grant = g))
                """ + SUMMARY_FROM + filter.where()
                + " order by " + search.sort().orderBy(search.ascending()), ProjectSummary.class);
        filter.bind(rows);
        rows.setFirstResult(search.first());
        rows.setMaxResults(search.pageSize());
        return rows.getResultList();
    }

    /**
     * One keyset page: the rows after {@code after} (null: from the start) in the search's sort, at most its page
     * size, and the position to continue from. One statement per page whatever its depth (plus the caller's scope
     * once per request): no count and no {@code offset}, so that reading 100.000 projects page by page costs 200
     * statements that each start where the last ended, instead of sorting and skipping ever more rows. The search's
     * {@code first} is ignored; a position of another sort than the search's is refused (IllegalArgumentException).
     */
    public ProjectKeysetPage page(@NotNull @Valid ProjectSearch search, ProjectPosition after) {
        ProjectSort sort = search.sort();
        if (after != null && after.sort() != sort) {
            throw new IllegalArgumentException("the position belongs to another sort");
        }
        Filter filter = Filter.of(search, scopes.current());
        String seek = after == null ? "" : " and " + sort.seek(search.ascending(), after.key() == null);
        TypedQuery<KeyedSummary> query = em.createQuery("""
                select new dk.pulje.application.project.ProjectCatalogService$KeyedSummary(
                       p.id, p.title, f.shortName, r.name, o.name, p.town, p.status, p.totalSum, g.granted, g.id,
                       (select sum(pm.paidAmount.amount) from Payment pm where pm.grant = g),\s""" + sort.key() + ")"
                + SUMMARY_FROM + filter.where() + seek + " order by " + sort.orderBy(search.ascending()), KeyedSummary.class);
        filter.bind(query);
        if (after != null) {
            query.setParameter("seekId", after.id());
            if (after.key() != null && sort != ProjectSort.ID) {
                query.setParameter("seekKey", after.key());
            }
        }
        // One row more than the page tells whether there is a next page, without a count.
        query.setMaxResults(search.pageSize() + 1);
        List<KeyedSummary> rows = query.getResultList();
        boolean more = rows.size() > search.pageSize();
        List<KeyedSummary> page = more ? rows.subList(0, search.pageSize()) : rows;
        ProjectPosition next = more ? page.get(page.size() - 1).position(sort) : null;
        return new ProjectKeysetPage(page.stream().map(KeyedSummary::summary).toList(), next);
    }

    /** A row of {@link #page} with its sort key as the database computed it (lower(title) is PostgreSQL's lower). */
    public record KeyedSummary(ProjectSummary summary, Object key) {

        public KeyedSummary(long id, String title, String fundName, String roundName, String ownerName, String town,
                            dk.pulje.domain.model.project.ProjectStatus status, dk.pulje.domain.model.money.Money totalSum,
                            dk.pulje.domain.model.money.Money granted, Long grantId, java.math.BigDecimal paidSum, Object key) {
            this(new ProjectSummary(id, title, fundName, roundName, ownerName, town, status, totalSum, granted, grantId,
                    paidSum), key);
        }

        ProjectPosition position(ProjectSort sort) {
            return new ProjectPosition(sort, sort == ProjectSort.ID ? summary.id() : key, summary.id());
        }
    }

    /** The funds the caller can see projects in, for the list's filter. */
    public List<FundOption> funds() {
        CallerScope scope = scopes.current();
        TypedQuery<FundOption> query = em.createQuery("select new dk.pulje.application.project.FundOption(f.id, f.shortName) "
                + "from Fund f where " + scope.readableFunds("f")
                + " or exists (select 1 from Project p where p.fund = f and " + scope.readableProjects() + ") "
                + "order by f.shortName", FundOption.class);
        scope.bind(query);
        return query.getResultList();
    }

    /**
     * What the reader calls the drill-down's ids, for the list's "Filtreret på" chips: one small statement per id that
     * is set. A round or sub-pool outside the caller's funds gets no name (the list then shows nothing either).
     */
    public DrillDownNames names(@NotNull ProjectDrillDown drill) {
        CallerScope scope = scopes.current();
        String round = drill.round() == null ? null : name("select f.shortName || ' · ' || r.name from FundingRound r join r.fund f"
                + " where r.id = :id and " + scope.readableFunds("f"), drill.round(), scope);
        String subPool = drill.subPool() == null ? null : name("select r.name || ' · ' || sp.name from SubPool sp join sp.round r"
                + " join r.fund f where sp.id = :id and " + scope.readableFunds("f"), drill.subPool(), scope);
        // Themes and organisations are shared reference data that every signed-in user may read by name.
        String theme = drill.theme() == null ? null : name("select t.name from Theme t where t.id = :id", drill.theme(), scope);
        String organisation = drill.organisation() == null ? null
                : name("select o.name from Organisation o where o.id = :id", drill.organisation(), scope);
        return new DrillDownNames(round, theme, subPool, organisation);
    }

    private String name(String jpql, long id, CallerScope scope) {
        TypedQuery<String> query = em.createQuery(jpql, String.class).setParameter("id", id);
        scope.bind(query);
        return query.getResultStream().findFirst().orElse(null);
    }

    /** The names of a drill-down's ids; null where there is none (not set, unknown or outside the caller's funds). */
    public record DrillDownNames(String round, String theme, String subPool, String organisation) implements java.io.Serializable {
    }

    /**
     * The where-clause of a search and its parameters, built from a closed set of conditions; the caller's scope is
     * always one of them.
     */
    private record Filter(List<String> conditions, Map<String, Object> parameters, CallerScope scope) {

        static Filter of(ProjectSearch search, CallerScope scope) {
            Filter filter = new Filter(new ArrayList<>(), new LinkedHashMap<>(), scope);
            filter.conditions.add(scope.readableProjects());
            if (hasText(search.text())) {
                filter.add("lower(p.title) like :text escape '\\'", "text", containsPattern(search.text()));
            }
            if (hasText(search.town())) {
                filter.add("lower(p.town) like :town escape '\\'", "town", containsPattern(search.town()));
            }
            if (search.fundId() != null) {
                filter.add("p.fund.id = :fundId", "fundId", search.fundId());
            }
            if (search.status() != null) {
                filter.add("p.status = :status", "status", search.status());
            }
            filter.drillDown(search.drillDown());
            return filter;
        }

        /**
         * The dashboards' filters with DashboardSql's meaning, so that a figure and the list it drills down to count the
         * same projects. Each is one more "and": a filter narrows the caller's scope, never widens it.
         */
        private void drillDown(ProjectDrillDown drill) {
            if (drill.round() != null) {
                add("p.round.id = :drillRound", "drillRound", drill.round());
            }
            if (drill.year() != null) {
                add("p.round.id in (select dr.id from FundingRound dr where dr.year = :drillYear)", "drillYear", drill.year());
            }
            if (drill.theme() != null) {
                add("exists (select 1 from Project dp join dp.themes dt where dp = p and dt.id = :drillTheme)",
                        "drillTheme", drill.theme());
            }
            if (drill.town() != null) {
                add("p.town = :drillTown", "drillTown", drill.town());
            }
            if (drill.type() != null) {
                add("p.owner.id in (select dorg.id from Organisation dorg where dorg.type = :drillType)", "drillType", drill.type());
            }
            if (drill.subPool() != null) {
                add("exists (select 1 from Grant dg where dg.project = p and dg.subPool.id = :drillSubPool)",
                        "drillSubPool", drill.subPool());
            }
            if (drill.organisation() != null) {
                add("(p.owner.id = :drillOrganisation or exists (select 1 from Partner dpa where dpa.project = p"
                        + " and dpa.organisation.id = :drillOrganisation))", "drillOrganisation", drill.organisation());
            }
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String where() {
            return conditions.isEmpty() ? " " : " where " + String.join(" and ", conditions) + " ";
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
            scope.bind(query);
        }

        private static boolean hasText(String s) {
            return s != null && !s.isBlank();
        }

        /** "50%_x" must match those characters, not act as wildcards. */
        private static String containsPattern(String text) {
            String escaped = text.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return "%" + escaped + "%";
        }
    }
}

package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectDrillDown;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project list's filters, sort and page as the address carries them
 * ({@code ?q=ai&townText=rand&fund=3&status=GRANTED&sort=granted&order=desc&page=2&rows=25}), and the dashboards'
 * drill-down filters ({@code round, year, theme, town, type, subPool, organisation}; issue 11), which the table keeps
 * while it pages and sorts. {@code town} is the dashboards' exact town (the drill-down contract); the town column's
 * own "contains" text travels as {@code townText}. Anything the address
 * holds that the list does not offer is dropped, never passed on: the sort field must be one of the table's columns,
 * the status one of the statuses, numbers numbers.
 */
public class ListState implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<String> SORTABLE = Set.of("title", "fundName", "roundName", "ownerName", "town", "status", "totalSum", "granted");
    static final Set<Integer> PAGE_SIZES = Set.of(10, 25, 50, 100);
    static final int DEFAULT_ROWS = 25;

    private String title;
    /** The town column's "contains" filter. */
    private String town;
    /** The dashboards' filters (fund and status are the list's own). */
    private Long round;
    private Integer year;
    private Long theme;
    private String drillTown;
    private OrganisationType type;
    private Long subPool;
    private Long organisation;
    private Long fund;
    private String status;
    private String sort;
    private String order;
    private int page = 1;
    private int rows = DEFAULT_ROWS;

    /** The address's query for this state, only with what differs from the default; empty for the plain list. */
    public String query() {
        return query(null);
    }

    /**
     * The address's query without the drill-down filter {@code removed} (a chip's remove link); the list starts again
     * at its first page, as after any change of filter.
     */
    public String queryWithout(String removed) {
        return query(removed);
    }

    private String query(String removed) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", title);
        parameters.put("townText", town);
        parameters.put("fund", fund);
        parameters.put("round", round);
        parameters.put("year", year);
        parameters.put("theme", theme);
        parameters.put("town", drillTown);
        parameters.put("type", type == null ? null : type.name());
        parameters.put("subPool", subPool);
        parameters.put("organisation", organisation);
        if (removed != null) {
            parameters.remove(removed);
        }
        parameters.put("status", status);
        parameters.put("sort", sort);
        parameters.put("order", sort == null ? null : order);
        parameters.put("page", page > 1 && removed == null ? page : null);
        parameters.put("rows", rows != DEFAULT_ROWS ? rows : null);
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The table's initial sort, or null (the service's default order) when the address names none. */
    public SortMeta getSortMeta() {
        if (sort == null) {
            return null;
        }
        return SortMeta.builder().field(sort)
                .order("desc".equals(order) ? SortOrder.DESCENDING : SortOrder.ASCENDING).build();
    }

    /** The first row of the page the address names. */
    public int getFirst() {
        // A page number past any list (a hand-edited address) must not overflow into a negative first row.
        return (int) Math.min((long) (page - 1) * rows, Integer.MAX_VALUE - rows);
    }

    /** The list's parameters for its download links: filters and sort, no page (the download is the whole list). */
    public String getExportQuery() {
        return queryWithout("page").replaceFirst("^\\?", "");
    }

    /** The table's own filters (the column filters) as the lazy model reads them, for the list's export. */
    public java.util.Map<String, org.primefaces.model.FilterMeta> filterBy() {
        return dk.pulje.web.support.export.LazyWindows.filters("title", title, "town", town, "fundName", fund, "status", status);
    }

    /** The dashboards' filters of this state, for the search. */
    public ProjectDrillDown drillDown() {
        return new ProjectDrillDown(round, year, theme, drillTown, type, subPool, organisation);
    }

    static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A text the search would refuse stays out of the address: the address never repeats refused input. */
    private static String searchable(String text, int max) {
        String value = blankToNull(text);
        return value != null && value.length() <= max ? value : null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = searchable(title, ProjectSearch.MAX_TEXT);
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = searchable(town, ProjectSearch.MAX_TOWN);
    }

    public Long getFund() {
        return fund;
    }

    public void setFund(Long fund) {
        this.fund = fund;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        String value = blankToNull(status);
        boolean known = value != null && java.util.Arrays.stream(ProjectStatus.values()).anyMatch(s -> s.name().equals(value));
        this.status = known ? value : null;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort != null && SORTABLE.contains(sort) ? sort : null;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = "desc".equals(order) ? "desc" : "asc".equals(order) ? "asc" : null;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getTheme() {
        return theme;
    }

    public void setTheme(Long theme) {
        this.theme = theme;
    }

    /** The dashboards' exact town ({@code town} in the address). */
    public String getDrillTown() {
        return drillTown;
    }

    public void setDrillTown(String drillTown) {
        this.drillTown = searchable(drillTown, ProjectSearch.MAX_TOWN);
    }

    /** The lead institution's type, by name; an unknown name is dropped. */
    public String getType() {
        return type == null ? null : type.name();
    }

    public void setType(String type) {
        String value = blankToNull(type);
        this.type = value == null ? null : java.util.Arrays.stream(OrganisationType.values())
                .filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }

    public Long getSubPool() {
        return subPool;
    }

    public void setSubPool(Long subPool) {
        this.subPool = subPool;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page == null || page < 1 ? 1 : page;
    }

    public Integer getRows() {
        return rows;
    }

    public void setRows(Integer rows) {
        this.rows = rows != null && PAGE_SIZES.contains(rows) ? rows : DEFAULT_ROWS;
    }
}

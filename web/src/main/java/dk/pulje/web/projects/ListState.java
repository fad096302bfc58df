package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectSearch;
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
 * ({@code ?q=ai&town=Randers&fund=3&status=GRANTED&sort=granted&order=desc&page=2&rows=25}). Anything the address
 * holds that the list does not offer is dropped, never passed on: the sort field must be one of the table's columns,
 * the status one of the statuses, numbers numbers.
 */
public class ListState implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<String> SORTABLE = Set.of("title", "fundName", "roundName", "ownerName", "town", "status", "totalSum", "granted");
    static final Set<Integer> PAGE_SIZES = Set.of(10, 25, 50, 100);
    static final int DEFAULT_ROWS = 25;

    private String title;
    private String town;
    private Long fund;
    private String status;
    private String sort;
    private String order;
    private int page = 1;
    private int rows = DEFAULT_ROWS;

    /** The address's query for this state, only with what differs from the default; empty for the plain list. */
    public String query() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", title);
        parameters.put("town", town);
        parameters.put("fund", fund);
        parameters.put("status", status);
        parameters.put("sort", sort);
        parameters.put("order", sort == null ? null : order);
        parameters.put("page", page > 1 ? page : null);
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

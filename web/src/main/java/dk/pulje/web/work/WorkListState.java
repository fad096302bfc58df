package dk.pulje.web.work;

import dk.pulje.application.worklist.Due;
import dk.pulje.application.worklist.WorkListSearch;
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
 * A work list's filters, sort and page as the address carries them
 * ({@code ?q=ai&fund=3&due=OVERDUE&sort=amount&order=desc&page=2&rows=50}), like the project list's {@code ListState}.
 * Anything the address holds that the list does not offer is dropped: the sort field must be one of the list's sortable
 * columns, {@code due} one of {@link Due}, numbers numbers.
 */
public class WorkListState implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<Integer> PAGE_SIZES = Set.of(10, 25, 50, 100);
    static final int DEFAULT_ROWS = 25;

    private final Set<String> sortable;
    private String title;
    private Long fund;
    private String due;
    private String sort;
    private String order;
    private int page = 1;
    private int rows = DEFAULT_ROWS;

    public WorkListState(Set<String> sortable) {
        this.sortable = Set.copyOf(sortable);
    }

    /** The address's query for this state, only with what differs from the default; empty for the plain list. */
    public String query() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", title);
        parameters.put("fund", fund);
        parameters.put("due", due);
        parameters.put("sort", sort);
        parameters.put("order", sort == null ? null : order);
        parameters.put("page", page > 1 ? page : null);
        parameters.put("rows", rows != DEFAULT_ROWS ? rows : null);
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The list's parameters for its download links (a page number in it is ignored: the download is the whole list). */
    public String getExportQuery() {
        return query().replaceFirst("^\\?", "");
    }

    /** The table's filters as the lazy model reads them, for the list's export. */
    public java.util.Map<String, org.primefaces.model.FilterMeta> filterBy() {
        return dk.pulje.web.support.export.LazyWindows.filters("projectTitle", title, "fundName", fund, "due", due);
    }

    /** The table's initial sort, or null (the list's default order) when the address names none. */
    public SortMeta getSortMeta() {
        if (sort == null) {
            return null;
        }
        return SortMeta.builder().field(sort)
                .order("desc".equals(order) ? SortOrder.DESCENDING : SortOrder.ASCENDING).build();
    }

    /** The first row of the page the address names; a page past any list must not overflow into a negative row. */
    public int getFirst() {
        return (int) Math.min((long) (page - 1) * rows, Integer.MAX_VALUE - rows);
    }

    public String getTitle() {
        return title;
    }

    /** A text the search would refuse stays out of the address: the address never repeats refused input. */
    public void setTitle(String title) {
        String value = title == null || title.isBlank() ? null : title.strip();
        this.title = value != null && value.length() <= WorkListSearch.MAX_TEXT ? value : null;
    }

    public Long getFund() {
        return fund;
    }

    public void setFund(Long fund) {
        this.fund = fund;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due != null && !Due.ALL.name().equals(due)
                && java.util.Arrays.stream(Due.values()).anyMatch(d -> d.name().equals(due)) ? due : null;
    }

    /** The due filter as the search takes it. */
    public Due dueFilter() {
        return due == null ? Due.ALL : Due.valueOf(due);
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort != null && sortable.contains(sort) ? sort : null;
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

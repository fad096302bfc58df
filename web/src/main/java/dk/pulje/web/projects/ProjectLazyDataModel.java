package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDrillDown;
import dk.pulje.application.project.ProjectKeysetPage;
import dk.pulje.application.project.ProjectPosition;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSort;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.web.support.export.PagedRows;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;

/**
 * Turns the data table's paging, sorting and filtering into a {@link ProjectSearch} that the database answers:
 * nothing is loaded to be filtered or sorted in memory.
 */
public class ProjectLazyDataModel extends LazyDataModel<ProjectSummary> {

    private static final long serialVersionUID = 1L;

    private final ProjectCatalogService catalog;
    /** The dashboards' drill-down filters come from the address, not from the table: every page and sort keeps them. */
    private final ListState state;

    public ProjectLazyDataModel(ProjectCatalogService catalog) {
        this(catalog, new ListState());
    }

    public ProjectLazyDataModel(ProjectCatalogService catalog, ListState state) {
        this.catalog = catalog;
        this.state = state;
    }

    private ProjectDrillDown drillDown() {
        return state.drillDown();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(catalog.count(filtered(ProjectSearch.firstPage(1), filterBy).drilledDown(drillDown())));
    }

    @Override
    public List<ProjectSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ProjectSearch search = sorted(filtered(ProjectSearch.firstPage(pageSize), filterBy), sortBy).page(first, pageSize)
                .drilledDown(drillDown());
        return catalog.rows(search);
    }

    /**
     * The whole list in the table's filters and sort, read by keyset for a download: the same rows in the same order
     * as {@link #load} pages through, without {@code offset}.
     */
    public PagedRows.Seek<ProjectSummary> seek(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ProjectSearch base = sorted(filtered(ProjectSearch.firstPage(PagedRows.PAGE), filterBy), sortBy).drilledDown(drillDown());
        return (position, size) -> {
            ProjectKeysetPage page = catalog.page(base.page(0, size), (ProjectPosition) position);
            return new PagedRows.Chunk<>(page.rows(), page.next());
        };
    }

    @Override
    public String getRowKey(ProjectSummary row) {
        return Long.toString(row.id());
    }

    static ProjectSearch filtered(ProjectSearch search, Map<String, FilterMeta> filterBy) {
        ProjectSearch result = search;
        for (FilterMeta meta : filterBy.values()) {
            String value = meta.getFilterValue() == null ? null : meta.getFilterValue().toString().strip();
            if (value == null || value.isEmpty()) {
                continue;
            }
            switch (meta.getField()) {
                case "title" -> result = result.withText(value);
                case "town" -> result = result.withTown(value);
                case "fundName" -> result = result.withFund(parseId(value));
                case "status" -> result = result.withStatus(parseStatus(value));
                default -> {
                    // a column without a database filter: ignore rather than guess
                }
            }
        }
        return result;
    }

    static ProjectSearch sorted(ProjectSearch search, Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(meta -> search.sortedBy(sortFor(meta.getField()), meta.getOrder() == SortOrder.ASCENDING))
                .orElse(search);
    }

    private static ProjectSort sortFor(String field) {
        return switch (field) {
            case "fundName" -> ProjectSort.FUND;
            case "roundName" -> ProjectSort.ROUND;
            case "ownerName" -> ProjectSort.OWNER;
            case "town" -> ProjectSort.TOWN;
            case "status" -> ProjectSort.STATUS;
            case "totalSum" -> ProjectSort.TOTAL;
            case "granted" -> ProjectSort.GRANTED;
            default -> ProjectSort.TITLE;
        };
    }

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ProjectStatus parseStatus(String value) {
        try {
            return ProjectStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

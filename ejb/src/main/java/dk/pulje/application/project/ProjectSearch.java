package dk.pulje.application.project;

import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A page of the project list: optional filters, one sort column and the window to fetch.
 *
 * @param text  part of the title, any case
 * @param town  part of the town, any case
 * @param first index of the first row (0-based)
 * @param drillDown the dashboards' filters (issue 11); {@link ProjectDrillDown#NONE} for none
 */
public record ProjectSearch(@Size(max = MAX_TEXT) String text, Long fundId, @Size(max = MAX_TOWN) String town,
                            ProjectStatus status, @NotNull ProjectSort sort, boolean ascending,
                            @Min(0) int first, @Min(1) @Max(500) int pageSize, @NotNull @Valid ProjectDrillDown drillDown) {

    /** A search without the dashboards' filters (the list's own filters only). */
    public ProjectSearch(String text, Long fundId, String town, ProjectStatus status, ProjectSort sort, boolean ascending,
                         int first, int pageSize) {
        this(text, fundId, town, status, sort, ascending, first, pageSize, ProjectDrillDown.NONE);
    }

    /** The longest title text a search takes; a longer one is refused, not cut. */
    public static final int MAX_TEXT = 200;
    /** The longest town text a search takes. */
    public static final int MAX_TOWN = 100;

    public static ProjectSearch firstPage(int pageSize) {
        return new ProjectSearch(null, null, null, null, ProjectSort.TITLE, true, 0, pageSize);
    }

    public ProjectSearch withText(String newText) {
        return new ProjectSearch(newText, fundId, town, status, sort, ascending, first, pageSize, drillDown);
    }

    public ProjectSearch withTown(String newTown) {
        return new ProjectSearch(text, fundId, newTown, status, sort, ascending, first, pageSize, drillDown);
    }

    public ProjectSearch withFund(Long newFundId) {
        return new ProjectSearch(text, newFundId, town, status, sort, ascending, first, pageSize, drillDown);
    }

    public ProjectSearch withStatus(ProjectStatus newStatus) {
        return new ProjectSearch(text, fundId, town, newStatus, sort, ascending, first, pageSize, drillDown);
    }

    public ProjectSearch sortedBy(ProjectSort newSort, boolean newAscending) {
        return new ProjectSearch(text, fundId, town, status, newSort, newAscending, first, pageSize, drillDown);
    }

    public ProjectSearch drilledDown(ProjectDrillDown newDrillDown) {
        return new ProjectSearch(text, fundId, town, status, sort, ascending, first, pageSize, newDrillDown);
    }

    public ProjectSearch page(int newFirst, int newPageSize) {
        return new ProjectSearch(text, fundId, town, status, sort, ascending, newFirst, newPageSize, drillDown);
    }
}

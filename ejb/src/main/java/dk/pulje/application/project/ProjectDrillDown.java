package dk.pulje.application.project;

import dk.pulje.domain.model.organisation.OrganisationType;
import jakarta.validation.constraints.Size;

/**
 * The dashboards' drill-down on the project list (issue 11): the figures link to the list with the dashboards' own
 * filters, and the list must then show exactly the projects behind the figure. Fund and status travel in
 * {@link ProjectSearch} itself (the list had them); these are the others, with the meaning
 * {@link dk.pulje.application.dashboard.DashboardSql} gives them, written again in JPQL by
 * {@link ProjectCatalogService} (ProjectDrillDownIT compares the two):
 *
 * @param round        the project's round
 * @param year         the year of the project's round
 * @param theme        the project has this theme (among others)
 * @param town         the project's town, exactly (the list's own town filter is "contains")
 * @param type         the type of the lead institution (the project's owner)
 * @param subPool      the sub-pool the project's grant comes from
 * @param organisation the organisation owns the project or takes part in it as a partner
 */
public record ProjectDrillDown(Long round, Integer year, Long theme, @Size(max = ProjectSearch.MAX_TOWN) String town,
                               OrganisationType type, Long subPool, Long organisation) {

    public static final ProjectDrillDown NONE = new ProjectDrillDown(null, null, null, null, null, null, null);

    public ProjectDrillDown {
        town = town == null || town.isBlank() ? null : town.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}

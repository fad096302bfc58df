package dk.pulje.web.api.v1;

import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.StrictJson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code POST /api/v1/projects} writes: the fund (one the caller administers), optionally a round of it, the
 * project's type and status, and the same fields as {@link ProjectBody}. Missing lists are empty.
 */
@StrictJson
public record NewProjectBody(Long fundId, Long roundId, ProjectType type, ProjectStatus status, String title,
                             String description, Long ownerId, String town, String municipality, LocalDate startDate,
                             LocalDate endDate, @ApiAmount BigDecimal totalSum, List<ProjectBody.BudgetLineBody> budgetLines,
                             List<ProjectBody.FinancingLineBody> financingLines) {

    ProjectBody details() {
        return new ProjectBody(title, description, ownerId, town, municipality, startDate, endDate, totalSum,
                budgetLines == null ? List.of() : budgetLines, financingLines == null ? List.of() : financingLines);
    }
}

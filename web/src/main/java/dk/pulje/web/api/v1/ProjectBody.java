package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.StrictJson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code PUT /api/v1/projects/{id}} writes: the writable part of the project detail (ProjectDetailJson), with
 * the same field names. {@code budgetLines} and {@code financingLines} are the whole lists: a line with an {@code id}
 * changes that line, one without is added, a line left out is removed. Amounts as strings ("250000.00").
 */
@StrictJson
public record ProjectBody(String title, String description, Long ownerId, String town, String municipality,
                          LocalDate startDate, LocalDate endDate, @ApiAmount BigDecimal totalSum, List<BudgetLineBody> budgetLines,
                          List<FinancingLineBody> financingLines) {

    /** A budget line as ProjectDetailJson's {@code budgetLines} shows it; {@code id} null for a new line. */
    @StrictJson
    public record BudgetLineBody(Long id, dk.pulje.domain.model.project.BudgetCategory category, Integer year,
                                 @ApiAmount BigDecimal amount, String note) {
    }

    /** A financing line as ProjectDetailJson's {@code financingLines} shows it, the contributor by its id. */
    @StrictJson
    public record FinancingLineBody(Long id, dk.pulje.domain.model.project.FinancingKind kind, Long contributorId,
                                    @ApiAmount BigDecimal amount, String note) {
    }
}

package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's editable facts with its whole budget and financing, as an integration writes them in one request (API
 * v1 {@code PUT /projects/{id}}): a line with an id changes that line, one without is added, and a line of the
 * project that the lists leave out is removed. All of it is one change, or none.
 */
public record WholeProject(@NotBlank @Size(max = 300) String title, String description, Long ownerId,
                           LocalDate startDate, LocalDate endDate, @Size(max = 100) String town,
                           @Size(max = 100) String municipality, Money totalSum,
                           @NotNull @Valid List<BudgetLine> budgetLines,
                           @NotNull @Valid List<FinancingLine> financingLines) {

    public record BudgetLine(Long id, @NotNull BudgetCategory category, Integer year, @NotNull Money amount,
                             @Size(max = 500) String note) {
    }

    public record FinancingLine(Long id, @NotNull FinancingKind kind, Long contributorId, Money amount,
                                @Size(max = 500) String note) {
    }
}

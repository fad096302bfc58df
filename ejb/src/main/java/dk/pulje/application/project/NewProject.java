package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A project as an administrator registers it: fund and title are required, the rest may be unknown. */
public record NewProject(long fundId, Long roundId, @NotBlank @Size(max = 300) String title, @NotNull ProjectType type,
                         @NotNull ProjectStatus status, Long ownerId, LocalDate startDate, LocalDate endDate,
                         @Size(max = 100) String town, Money totalSum) {
}

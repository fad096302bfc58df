package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The editable facts of a project, with the version the editor saw. */
public record ChangeProjectDetails(long projectId, long expectedVersion, @NotBlank @Size(max = 300) String title,
                                   String description, Long ownerId, LocalDate startDate, LocalDate endDate,
                                   @Size(max = 100) String town, @Size(max = 100) String municipality, Money totalSum) {
}

package dk.pulje.application.organisation;

import dk.pulje.domain.model.organisation.OrganisationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation as a clerk registers it; the CVR number is typed text, checked on the way in. */
public record NewOrganisation(@NotBlank @Size(max = 300) String name, @NotNull OrganisationType type, String cvr,
                              @Size(max = 100) String town, @Size(max = 100) String municipality,
                              @Size(max = 100) String region, @Size(min = 2, max = 2) String country) {
}

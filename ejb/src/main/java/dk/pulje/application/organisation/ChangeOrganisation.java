package dk.pulje.application.organisation;

import dk.pulje.domain.model.organisation.OrganisationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation's fields as its editor saves them, with the version they opened; the CVR number as typed. */
public record ChangeOrganisation(long id, long version, @NotBlank @Size(max = 300) String name,
                                 @NotNull OrganisationType type, String cvr, @Size(max = 100) String town,
                                 @Size(max = 100) String municipality, @Size(max = 100) String region,
                                 @Size(min = 2, max = 2) String country) {
}

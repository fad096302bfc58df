package dk.pulje.application.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact person's name, job title, e-mail and phone, as typed. */
public record ContactDetails(@NotBlank @Size(max = 200) String name, @Size(max = 200) String jobTitle,
                             @Size(max = 254) String email, @Size(max = 50) String phone) {
}

package dk.pulje.application.organisation;

import java.io.Serializable;

/** A contact person as the organisation's page lists and edits them; {@code projects}: how many projects name them. */
public record ContactSummary(long id, long version, String name, String jobTitle, String email, String phone,
                             long projects) implements Serializable {
}

package dk.pulje.application.portal;

import java.io.Serializable;

/** An organisation the applicant belongs to, whose contact persons they keep current. */
public record MyOrganisation(long id, long version, String name) implements Serializable {
}

package dk.pulje.application.portal;

/** An organisation the applicant belongs to, whose contact persons they keep current. */
public record MyOrganisation(long id, long version, String name) {
}

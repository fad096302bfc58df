package dk.pulje.domain.model.organisation;

/** What kind of body an organisation is; labels live in the web bundle under {@code organisation.type.*}. */
public enum OrganisationType {
    LIBRARY,
    SCHOOL,
    NGO,
    MUNICIPALITY,
    REGION,
    AGENCY,
    COMPANY
}

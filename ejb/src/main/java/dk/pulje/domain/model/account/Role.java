package dk.pulje.domain.model.account;

/**
 * What a person does in Pulje. The names are also the container roles that {@code @RolesAllowed} checks
 * (see {@link Roles} for them as constants). Labels: {@code enum.Role.*}.
 */
public enum Role {
    /** Full access to the funds they administer. */
    FUND_ADMIN,
    /** Sees and edits the projects their organisations own; reads those they take part in. */
    APPLICANT,
    /** Reads everything in the funds they are given; exports. */
    REGIONAL_STAFF,
    /** Manages users, organisations and roles; sees no project content. */
    SYSTEM_ADMIN
}

package dk.pulje.application.organisation;

import java.io.Serializable;

/**
 * What merging {@code duplicate} into {@code kept} would move, for the confirmation: projects it owns, partnerships
 * (of which {@code partnershipsDropped} disappear because the kept organisation already has them or owns the project),
 * contact persons, financing lines it contributes to, funds it funds and user accounts that belong to it.
 * {@code outsideCallerFunds}: affected projects and funds in funds the caller does not administer; a fund
 * administrator may merge only when it is 0 and no user account belongs to the duplicate (docs/security.md).
 */
public record MergePreview(OrganisationSummary kept, OrganisationSummary duplicate, long projectsOwned,
                           long partnerships, long partnershipsDropped, long contacts, long financingLines,
                           long funds, long members, long outsideCallerFunds, boolean allowed) implements Serializable {
}

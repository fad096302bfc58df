package dk.pulje.application.imports;

import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;

/**
 * Imports an allocation list into a round of a fund the caller administers: the one implementation behind the upload
 * page, {@code POST /api/v1/imports/allocations} and {@code ./pulje import}.
 * <p>
 * Every row is checked before anything is stored; one refused row and nothing is stored (the report says
 * {@code stored=false}). Rows are matched by their {@link ImportKey}: a row already imported with the same values is
 * UNCHANGED (nothing written), one with changed values UPDATED through the entities' own methods (audited, with the
 * caller as user), a new one CREATED. A fund or round the caller does not administer is "not found", like an unknown
 * one.
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class AllocationImportService {

    /** The report of what {@link #run} would do; never stores anything, not even a round asked to be created. */
    public ImportReport check(@NotNull ImportSheet sheet, @NotNull ImportRequest request) {
        throw new UnsupportedOperationException("check: behaviour follows");
    }

    /**
     * Imports the sheet: a dry run answers as {@link #check}; otherwise all rows in one transaction, or none when any
     * row is refused. Progress is told per 100 rows checked and stored.
     */
    public ImportReport run(@NotNull ImportSheet sheet, @NotNull ImportRequest request, ImportProgress progress) {
        throw new UnsupportedOperationException("run: behaviour follows");
    }
}

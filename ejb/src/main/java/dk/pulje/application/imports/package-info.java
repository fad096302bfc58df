/**
 * Import of allocation lists (issue 12): one implementation behind the upload page, {@code POST
 * /api/v1/imports/allocations} and {@code ./pulje import}.
 * <p>
 * The web tier reads the file (CSV or XLSX, encoding and separator detected) into an {@link
 * dk.pulje.application.imports.ImportSheet} of text cells; everything after that is here: the column mapping proposed
 * from the headers ({@link dk.pulje.application.imports.ColumnMappings}), Danish amounts ({@link
 * dk.pulje.application.imports.DanishAmounts}), each row's problems before anything is stored, and the all-or-nothing,
 * idempotent store ({@link dk.pulje.application.imports.AllocationImportService}) that answers an {@link
 * dk.pulje.application.imports.ImportReport}.
 */
package dk.pulje.application.imports;

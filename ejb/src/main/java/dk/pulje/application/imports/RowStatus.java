package dk.pulje.application.imports;

/** What the import did, or would do in a dry run, with one row of the file. */
public enum RowStatus {
    CREATED,
    UPDATED,
    UNCHANGED,
    REFUSED
}

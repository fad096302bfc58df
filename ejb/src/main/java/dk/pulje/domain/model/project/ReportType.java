package dk.pulje.domain.model.project;

/** Labels: {@code enum.ReportType.*}. */
public enum ReportType {
    STATUS,
    MIDWAY,
    FINAL,
    ACCOUNTS;

    /** A final report and an accounts report carry the accounts, whose form follows the grant's accounts tier. */
    public boolean hasAccounts() {
        return this == FINAL || this == ACCOUNTS;
    }
}

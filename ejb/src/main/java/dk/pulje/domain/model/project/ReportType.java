package dk.pulje.domain.model.project;

/** Labels: {@code enum.ReportType.*}. */
public enum ReportType {
    STATUS,
    MIDWAY,
    FINAL,
    ACCOUNTS
}

package dk.pulje.domain.model.project;

/**
 * The state of a report obligation. {@code OVERDUE} is never stored: it is what a due or returned report is once its
 * due date has passed (see {@link ReportObligation#statusOn}). Labels: {@code enum.ReportStatus.*}.
 */
public enum ReportStatus {
    DUE,
    SUBMITTED,
    APPROVED,
    RETURNED,
    OVERDUE,
    /** A due report the grantee has started writing (a saved draft). Never stored: see {@link ReportObligation#statusOn}. */
    DRAFT
}

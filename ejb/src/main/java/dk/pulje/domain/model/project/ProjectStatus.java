package dk.pulje.domain.model.project;

/** Where a project stands, from application to closing. Labels live in the web bundle under {@code project.status.*}. */
public enum ProjectStatus {
    APPLICATION_RECEIVED,
    UNDER_REVIEW,
    GRANTED,
    REJECTED,
    ACTIVE,
    FINAL_REPORT_DUE,
    CLOSED,
    WITHDRAWN
}

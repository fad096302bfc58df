package dk.pulje.application.reminder;

/** What a reminder is about. */
public enum SubjectKind {
    REPORT,
    MILESTONE
}

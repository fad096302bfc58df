package dk.pulje.application.opendata;

/** A result goal of a project, in its position, with its indicators as written (may be null). */
public record OpenDataGoal(long projectId, int position, String description, String indicators) {
}

package dk.pulje.application.project;

/** Rejecting or withdrawing a project: the reason is required (the domain says so), kept and shown. */
public record EndProject(long projectId, long expectedVersion, String reason) {
}

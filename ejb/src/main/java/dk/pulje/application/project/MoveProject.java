package dk.pulje.application.project;

import jakarta.validation.constraints.NotNull;

/**
 * A step that needs nothing but the administrator's confirmation: to review, to active (also back from a returned
 * final report) or to "final report due". Granting, rejecting, withdrawing and closing have their own commands.
 */
public record MoveProject(long projectId, long expectedVersion, @NotNull WorkflowAction action) {
}

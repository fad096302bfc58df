package dk.pulje.application.project;

import dk.pulje.domain.model.project.ProjectStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The workflow steps an administrator of the project's fund may take, each a button with a confirmation on the
 * project page. Which are offered follows the lifecycle ({@link ProjectStatus#next()}); amending is offered while a
 * decided grant is running. Labels: {@code workflow.action.*} in the web bundle.
 */
public enum WorkflowAction {
    REVIEW(ProjectStatus.UNDER_REVIEW),
    GRANT(ProjectStatus.GRANTED),
    REJECT(ProjectStatus.REJECTED),
    ACTIVATE(ProjectStatus.ACTIVE),
    AWAIT_FINAL_REPORT(ProjectStatus.FINAL_REPORT_DUE),
    AMEND(null),
    WITHDRAW(ProjectStatus.WITHDRAWN),
    CLOSE(ProjectStatus.CLOSED);

    private final ProjectStatus target;

    WorkflowAction(ProjectStatus target) {
        this.target = target;
    }

    /** The status the step leads to; null for an amendment, which keeps the status. */
    public ProjectStatus target() {
        return target;
    }

    /** The steps a project in this status allows, in the order the page shows them. */
    public static List<WorkflowAction> allowedFrom(ProjectStatus status, boolean grantDecided) {
        List<WorkflowAction> allowed = new ArrayList<>();
        for (WorkflowAction action : values()) {
            if (action == AMEND ? grantDecided && status.isGranted() && !status.isFinal()
                    : status.canMoveTo(action.target)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}

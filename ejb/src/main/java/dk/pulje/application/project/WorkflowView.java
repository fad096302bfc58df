package dk.pulje.application.project;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ClosingCheck;
import dk.pulje.domain.model.project.ProjectStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the project page's workflow buttons need: the versions the editor sees (they travel with every command), the
 * steps allowed, the grant as it stands, the round's sub-pools for the decision, and what still stands in the way of
 * closing (message keys with arguments, shown in the reader's language).
 */
public record WorkflowView(long projectId, long version, String title, ProjectStatus status, String statusReason,
                           List<WorkflowAction> actions, Long grantId, Long grantVersion, Money applied,
                           Money granted, Long subPoolId, Money totalSum, LocalDate endDate,
                           List<SubPoolOption> subPools, List<ClosingCheck.Missing> closingMissing) implements Serializable {

    public record SubPoolOption(long id, String name) implements Serializable {
    }

    public WorkflowView {
        actions = List.copyOf(actions);
        subPools = List.copyOf(subPools);
        closingMissing = List.copyOf(closingMissing);
    }

    public boolean allows(WorkflowAction action) {
        return actions.contains(action);
    }
}

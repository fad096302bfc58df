package dk.pulje.domain.model.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands, from application to closing, and where it may go next:
 * application received → under review → granted / rejected → active → final report due → closed; withdrawn from any
 * open state. A returned final report takes the project back to active. Labels: {@code enum.ProjectStatus.*}.
 */
public enum ProjectStatus {
    APPLICATION_RECEIVED,
    UNDER_REVIEW,
    GRANTED,
    REJECTED,
    ACTIVE,
    FINAL_REPORT_DUE,
    CLOSED,
    WITHDRAWN;

    public Set<ProjectStatus> next() {
        return switch (this) {
            case APPLICATION_RECEIVED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(GRANTED, REJECTED, WITHDRAWN);
            case GRANTED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(FINAL_REPORT_DUE, WITHDRAWN);
            case FINAL_REPORT_DUE -> EnumSet.of(CLOSED, ACTIVE, WITHDRAWN);
            case REJECTED, CLOSED, WITHDRAWN -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canMoveTo(ProjectStatus target) {
        return next().contains(target);
    }

    /** Closed, rejected and withdrawn projects take no more changes of money. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The fund has said yes: from here on the project has a grant. */
    public boolean isGranted() {
        return this == GRANTED || this == ACTIVE || this == FINAL_REPORT_DUE || this == CLOSED;
    }
}

package dk.pulje.application.portal;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;

import java.time.LocalDate;

/**
 * A row of the applicant's "Mine projekter": one of the projects their organisation owns or takes part in.
 *
 * @param partner      the caller's organisation takes part without owning it: it reads, it does not report
 * @param granted      the granted amount; null when not (yet) decided
 * @param paid         Σ paid of the grant so far (zero without payments; null without a grant)
 * @param nextDeadline the earliest open report, milestone or expected tranche, overdue ones included; null: none
 * @param nextKind     what {@code nextDeadline} is
 * @param overdueCount how many open items are past their date
 * @param canReport    the caller's organisation owns the project, which is granted and still running: it reports
 */
public record MyProject(long projectId, String title, String fundName, ProjectStatus status, String ownerName,
                        boolean partner, Money granted, Money paid, LocalDate nextDeadline, DeadlineKind nextKind,
                        long overdueCount, boolean canReport) implements Serializable {

    public boolean isOverdue() {
        return overdueCount > 0;
    }
}

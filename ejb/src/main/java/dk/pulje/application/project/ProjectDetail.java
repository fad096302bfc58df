package dk.pulje.application.project;

import java.io.Serializable;

import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.FinancingSummary;
import dk.pulje.domain.model.project.MilestoneStatus;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the project page shows, read in a fixed number of statements (see {@link ProjectDetailService}).
 * Every field that a source may not state is nullable; lists are empty, never null. The internal note is null for
 * callers who may not read it (applicants).
 */
public record ProjectDetail(long id, long version, String title, String description, ProjectType type,
                            ProjectStatus status, long fundId, String fundName, String funderName, String roundName,
                            Long ownerId, String ownerName, String town, String municipality, LocalDate startDate, LocalDate endDate,
                            Money totalSum, ProjectLink followUp, List<ProjectLink> preparedBy, GrantView grant,
                            List<PartnerView> partners, List<ContactView> contacts, List<String> targetGroups,
                            List<String> activities, List<GoalView> goals, List<String> themes,
                            List<BudgetLineView> budget, List<FinancingLineView> financing,
                            FinancingSummary financingSummary, List<ReportView> reports, List<MilestoneView> milestones,
                            String internalNote, boolean changeable) implements Serializable {

    public record ProjectLink(long id, String title) implements Serializable {
    }

    public record PartnerView(long id, String organisation, String town, PartnerRole role) implements Serializable {
    }

    /** @param position the contact's place in the project's list, by which a change names it */
    public record ContactView(int position, String name, String jobTitle, String organisation, String email, String phone,
                              String role) implements Serializable {
    }

    public record GoalView(long id, String description, String indicators) implements Serializable {
    }

    public record BudgetLineView(long id, BudgetCategory category, Integer year, Money amount, String note) implements Serializable {
    }

    public record FinancingLineView(long id, FinancingKind kind, Long contributorId, String contributor, Money amount,
                                    String note) implements Serializable {
    }

    /**
     * A tranche; {@code reportId} the report it waits for (null: none), {@code held} while that report is not approved,
     * {@code releasedOn} when its approval released it.
     */
    public record PaymentView(long id, LocalDate plannedDate, Money plannedAmount, String condition, Long reportId,
                              boolean held, LocalDate releasedOn, LocalDate paidDate, Money paidAmount, String reference) implements Serializable {

        public boolean paid() {
            return paidAmount != null;
        }
    }

    public record AmendmentView(LocalDate amendedOn, String reason, Money previousGranted, Money newGranted,
                                Money previousTotal, Money newTotal, LocalDate previousEndDate, LocalDate newEndDate) implements Serializable {
    }

    /** The stored status and the status today (a due report past its date is overdue). */
    public record ReportView(long id, ReportType type, LocalDate dueDate, ReportStatus status, ReportStatus statusToday,
                             LocalDate submittedOn, LocalDate decidedOn, String note) implements Serializable {
    }

    public record MilestoneView(long id, String title, LocalDate dueDate, MilestoneStatus status, LocalDate reachedOn) implements Serializable {
    }

    /** The grant, its amendments and payments; null on the page when the project has none. */
    public record GrantView(long id, long version, Money applied, Money granted, LocalDate decisionDate,
                            String journalNumber, String conditions, String subPool, AccountsTier accountsTier,
                            List<AmendmentView> amendments, List<PaymentView> payments, Money planned, Money paid) implements Serializable {

        /** What is left to pay of the grant; null when the granted amount is unknown. */
        public Money remaining() {
            return granted == null ? null : granted.minus(paid);
        }
    }

    /** The report a payment waits for, to name it on the page. */
    public ReportView report(Long reportId) {
        return reportId == null ? null : reports.stream().filter(r -> r.id() == reportId).findFirst().orElse(null);
    }

    public Money granted() {
        return grant == null ? null : grant.granted();
    }

    /** Granted ÷ total project sum, when both are known and the total is not zero. */
    public BigDecimal supportShare() {
        Money granted = granted();
        if (totalSum == null || granted == null) {
            return null;
        }
        return granted.shareOf(totalSum).orElse(null);
    }

    /** Σ co-financing = total − granted: what the owner and partners must bring. */
    public Money coFinancing() {
        Money granted = granted();
        return totalSum == null || granted == null ? null : totalSum.minus(granted);
    }
}

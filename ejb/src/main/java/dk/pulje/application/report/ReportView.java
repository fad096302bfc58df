package dk.pulje.application.report;

import java.io.Serializable;

import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.AttachmentKind;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.MilestoneStatus;
import dk.pulje.domain.model.project.ReportSection;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as its form and its review screen show it: what the grantee wrote, beside what the project planned.
 *
 * @param version     the report's version, which every command on it carries back
 * @param status      as it stands today (draft and overdue included)
 * @param editable    whether the caller may write in it now (the owner's applicant, while it is open)
 * @param reviewable  whether the caller may approve or return it now (the fund's administrator, once it is handed in)
 * @param texts       the narrative sections written so far
 * @param comments    the reviewer's comments per section: on a returned report, and still on the report handed in
 *                    again after it (so that the reviewer sees what was asked); none once approved
 * @param accounts    the accounts of a final or accounts report; null on a progress report
 */
public record ReportView(long id, long version, long projectId, String projectTitle, String ownerName,
                         ReportType type, ReportStatus status, LocalDate dueDate, LocalDate periodFrom,
                         LocalDate periodTo, Instant draftSavedAt, LocalDate submittedOn, LocalDate decidedOn,
                         String decisionNote, boolean editable, boolean reviewable,
                         List<ReportSection> narrativeSections, Map<ReportSection, String> texts,
                         Map<ReportSection, String> comments, List<SpendingLine> spending,
                         List<CofinancingLine> cofinancing, List<MilestoneLine> milestones, List<GoalLine> goals,
                         List<AttachmentLine> attachments, Accounts accounts) implements Serializable {

    /**
     * A budget line with what this report states as spent on it, and what the last approved report before it stated.
     */
    public record SpendingLine(long budgetLineId, BudgetCategory category, Integer year, String note, Money budgeted,
                               Money reported, Money previouslyReported) implements Serializable {
    }

    public record CofinancingLine(long financingLineId, FinancingKind kind, String source, Money expected, Money realised) implements Serializable {
    }

    public record MilestoneLine(long milestoneId, String title, LocalDate dueDate, MilestoneStatus plannedStatus,
                                MilestoneStatus reportedStatus, String note) implements Serializable {
    }

    public record GoalLine(long goalId, int position, String description, String indicators, String value) implements Serializable {
    }

    public record AttachmentLine(long id, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                                 Instant uploadedAt, String uploadedBy) implements Serializable {
    }

    /**
     * The accounts: the tier that decides their form, the grant and what was paid, what the accounts show as spent
     * (Σ of the lines) and co-financed, what of the grant was not spent, and what of what was paid is to be paid
     * back. {@code unspent} and {@code repayment} are computed live until approval, then as recorded.
     */
    public record Accounts(AccountsTier tier, Money granted, Money paid, Money spent, Money cofinancingRealised,
                           Money unspent, Money repayment, String signerName, String signerQualification,
                           boolean declarationConfirmed, boolean auditorStatementAttached) implements Serializable {
    }
}

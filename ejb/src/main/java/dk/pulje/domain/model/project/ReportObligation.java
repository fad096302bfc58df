package dk.pulje.domain.model.project;

import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A report the grantee owes: status, midway, final or accounts, by a due date; and what the grantee writes in it.
 * Part of the {@link Project}.
 * <p>
 * While the report is due or returned, the grantee writes it in as many sittings as they like (a draft); handing it
 * in locks it until the fund's administrator returns it (with a comment per section) or approves it. A final or
 * accounts report also carries the accounts, in the form the grant's {@link AccountsTier} asks for.
 */
@Entity
@Audited
@Table(name = "report_obligation")
public class ReportObligation extends ProjectPart {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false, length = 20)
    private ReportType type;

    @NotNull
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "note", columnDefinition = "text")
    private String note;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    /** When the grantee last saved a draft; null while nothing has been written. */
    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    /** The form of the accounts, fixed when a report with accounts is handed in (from the grant at that moment). */
    @Enumerated(EnumType.STRING)
    @Column(name = "accounts_tier", length = 30)
    private AccountsTier accountsTier;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    /** For accounts with a written account: the signer's competence in accounting (e.g. "økonomichef", "revisor"). */
    @Column(name = "signer_qualification", length = 200)
    private String signerQualification;

    @Column(name = "declaration_confirmed", nullable = false)
    private boolean declarationConfirmed;

    /** Of the grant, what the accounts show was not spent; recorded when the administrator approves them. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "unspent_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "unspent_currency", length = 3))
    })
    private Money unspent;

    /** Of what was paid out, what is to be paid back; recorded when the administrator approves the accounts. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "repayment_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "repayment_currency", length = 3))
    })
    private Money repayment;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportSectionText> sections = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportSpending> spending = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportCofinancing> cofinancing = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportGoalValue> goalValues = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportAttachment> attachments = new ArrayList<>();

    protected ReportObligation() {
        // for JPA
    }

    ReportObligation(Project project, ReportType type, LocalDate dueDate) {
        super(project);
        this.type = Objects.requireNonNull(type, "type");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.status = ReportStatus.DUE;
    }

    // Writing ---------------------------------------------------------------------------------------------------------

    /** Whether the grantee may write in it: due (never handed in, or a draft) or returned for changes. */
    public boolean isOpen() {
        return status == ReportStatus.DUE || status == ReportStatus.RETURNED;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new RuleViolation("report.locked", status);
        }
    }

    /** The period the report covers; either end may be left open while drafting. */
    public void cover(LocalDate from, LocalDate to) {
        requireOpen();
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("report.periodOrder", from, to);
        }
        this.periodFrom = from;
        this.periodTo = to;
    }

    /** The grantee's text for a narrative section of this type of report; blank clears it. */
    public void write(ReportSection section, String text) {
        requireOpen();
        if (!section.isNarrative() || !section.belongsTo(type)) {
            throw new RuleViolation("report.sectionNotInReport", section, type);
        }
        ReportSectionText row = section(section).orElseGet(() -> {
            ReportSectionText created = new ReportSectionText(this, section);
            sections.add(created);
            return created;
        });
        row.write(text);
        if (row.isEmpty()) {
            sections.remove(row);
        }
    }

    /** Spending to date on one of the project's budget lines (the accounts, on a final report); null clears it. */
    public void spend(BudgetLine line, Money amount) {
        requireOpen();
        requireSameProject(line.getProject());
        Optional<ReportSpending> existing = spending.stream().filter(s -> s.getBudgetLine().equals(line)).findFirst();
        if (amount == null) {
            existing.ifPresent(spending::remove);
        } else if (existing.isPresent()) {
            existing.get().change(amount);
        } else {
            spending.add(new ReportSpending(this, line, amount));
        }
    }

    /** Co-financing realised on one of the project's financing lines; null clears it. */
    public void realise(FinancingLine line, Money amount) {
        requireOpen();
        requireSameProject(line.getProject());
        Optional<ReportCofinancing> existing = cofinancing.stream().filter(c -> c.getFinancingLine().equals(line)).findFirst();
        if (amount == null) {
            existing.ifPresent(cofinancing::remove);
        } else if (existing.isPresent()) {
            existing.get().change(amount);
        } else {
            cofinancing.add(new ReportCofinancing(this, line, amount));
        }
    }

    /** A milestone's status as the report states it; a null status clears it. */
    public void state(Milestone milestone, MilestoneStatus milestoneStatus, String remark) {
        requireOpen();
        requireSameProject(milestone.getProject());
        Optional<ReportMilestone> existing = milestones.stream().filter(m -> m.getMilestone().equals(milestone)).findFirst();
        if (milestoneStatus == null) {
            existing.ifPresent(milestones::remove);
        } else if (existing.isPresent()) {
            existing.get().change(milestoneStatus, remark);
        } else {
            milestones.add(new ReportMilestone(this, milestone, milestoneStatus, remark));
        }
    }

    /** A result goal's indicator values as the report states them; blank clears them. */
    public void measure(ResultGoal goal, String value) {
        requireOpen();
        requireSameProject(goal.getProject());
        Optional<ReportGoalValue> existing = goalValues.stream().filter(g -> g.getGoal().equals(goal)).findFirst();
        String cleaned = Text.optional(value);
        if (cleaned == null) {
            existing.ifPresent(goalValues::remove);
        } else if (existing.isPresent()) {
            existing.get().change(cleaned);
        } else {
            goalValues.add(new ReportGoalValue(this, goal, cleaned));
        }
    }

    /** Who signs the accounts, their competence in accounting, and the declaration ticked; only on reports with accounts. */
    public void sign(String name, String qualification, boolean confirmed) {
        requireOpen();
        if (!type.hasAccounts()) {
            throw new RuleViolation("report.noAccounts", type);
        }
        this.signerName = Text.optional(name);
        this.signerQualification = Text.optional(qualification);
        this.declarationConfirmed = confirmed;
    }

    /** A file attached to the report while it is open. */
    public ReportAttachment attach(AttachmentKind kind, String fileName, String contentType, long sizeBytes, String sha256,
                                   Instant at, String by) {
        requireOpen();
        if (kind == AttachmentKind.AUDITOR_STATEMENT && !type.hasAccounts()) {
            throw new RuleViolation("report.noAccounts", type);
        }
        ReportAttachment attachment = new ReportAttachment(this, kind, fileName, contentType, sizeBytes, sha256, at, by);
        attachments.add(attachment);
        return attachment;
    }

    /** An attachment is removed only while the report is open; one handed in is part of the record. */
    public void detach(ReportAttachment attachment) {
        requireOpen();
        attachments.remove(attachment);
    }

    /** Marks the draft as saved, so that the grantee and the fund see it has been started. */
    public void saveDraft(Instant at) {
        requireOpen();
        this.draftSavedAt = Objects.requireNonNull(at, "at");
    }

    private void requireSameProject(Project other) {
        if (!getProject().equals(other)) {
            throw new RuleViolation("report.partOfOtherProject");
        }
    }

    // Handing in and deciding -----------------------------------------------------------------------------------------

    /** The grantee hands the report in; a returned report may be handed in again. */
    public void submit(LocalDate on) {
        if (!isOpen()) {
            throw new RuleViolation("report.cannotSubmit", status);
        }
        this.status = ReportStatus.SUBMITTED;
        this.submittedOn = Objects.requireNonNull(on, "on");
    }

    /**
     * Hands in a report with accounts: first fixes the tier from the grant and checks that the accounts have what the
     * tier asks for (see {@link AccountsCheck}), then submits.
     */
    public void submitWithAccounts(LocalDate on, AccountsTier tier, List<BudgetLine> budget) {
        if (!type.hasAccounts()) {
            throw new RuleViolation("report.noAccounts", type);
        }
        AccountsCheck.of(this, tier, budget).requireComplete();
        this.accountsTier = tier;
        submit(on);
    }

    public void approve(LocalDate on, String remark) {
        decide(ReportStatus.APPROVED, on, remark);
    }

    /** Approves accounts and records what was not spent of the grant and what of it is to be paid back. */
    public void approveAccounts(LocalDate on, String remark, Money unspentOfGrant, Money toPayBack) {
        if (!type.hasAccounts()) {
            throw new RuleViolation("report.noAccounts", type);
        }
        // Checked before deciding, so that a refusal leaves the report as it was (handed in, not half approved).
        Money checkedUnspent = Money.requireNotNegative(Objects.requireNonNull(unspentOfGrant, "unspent"));
        Money checkedRepayment = Money.requireNotNegative(Objects.requireNonNull(toPayBack, "repayment"));
        decide(ReportStatus.APPROVED, on, remark);
        this.unspent = checkedUnspent;
        this.repayment = checkedRepayment;
    }

    /** Sent back to the grantee for more; the note says what is missing. */
    public void returnForChanges(LocalDate on, String remark) {
        returnForChanges(on, remark, Map.of());
    }

    /**
     * Sent back with an overall remark and/or a comment per section, shown beside the section when the grantee opens
     * the report again. Earlier comments are replaced: they were about the version handed in before.
     */
    public void returnForChanges(LocalDate on, String remark, Map<ReportSection, String> comments) {
        boolean anyComment = comments.values().stream().anyMatch(c -> Text.optional(c) != null);
        String overall = anyComment ? Text.optional(remark) : Text.required(remark, "report.returnReason");
        // Every comment must stand beside a section of this report; checked before deciding, so that a refusal leaves
        // the report handed in as it was.
        comments.forEach((section, comment) -> {
            if (Text.optional(comment) != null && !section.belongsTo(type)) {
                throw new RuleViolation("report.sectionNotInReport", section, type);
            }
        });
        decide(ReportStatus.RETURNED, on, overall);
        sections.forEach(row -> row.comment(null));
        comments.forEach((section, comment) -> {
            if (Text.optional(comment) == null) {
                return;
            }
            ReportSectionText row = section(section).orElseGet(() -> {
                ReportSectionText created = new ReportSectionText(this, section);
                sections.add(created);
                return created;
            });
            row.comment(comment);
        });
        // Only now drop what is left empty: a section commented on again keeps its row. Removing it first and adding
        // a new one would make Hibernate insert the new row before deleting the old (one per report and section).
        sections.removeIf(ReportSectionText::isEmpty);
    }

    private void decide(ReportStatus decision, LocalDate on, String remark) {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation("report.notSubmitted", status);
        }
        if (on.isBefore(submittedOn)) {
            throw new RuleViolation("report.decidedBeforeSubmitted", on, submittedOn);
        }
        this.status = decision;
        this.decidedOn = on;
        this.note = Text.optional(remark);
    }

    /**
     * The status as it stands on a given day: a due or returned report past its due date is overdue; a due report with
     * a saved draft is a draft. Neither is stored.
     */
    public ReportStatus statusOn(LocalDate today) {
        return statusOn(status, dueDate, draftSavedAt, today);
    }

    /**
     * {@link #statusOn(LocalDate)} from the stored columns, for lists that read them without loading the report:
     * one rule wherever a status is shown.
     */
    public static ReportStatus statusOn(ReportStatus stored, LocalDate dueDate, Instant draftSavedAt, LocalDate today) {
        boolean open = stored == ReportStatus.DUE || stored == ReportStatus.RETURNED;
        if (open && today.isAfter(dueDate)) {
            return ReportStatus.OVERDUE;
        }
        return stored == ReportStatus.DUE && draftSavedAt != null ? ReportStatus.DRAFT : stored;
    }

    // Reading ---------------------------------------------------------------------------------------------------------

    public Optional<ReportSectionText> section(ReportSection section) {
        return sections.stream().filter(s -> s.getSection() == section).findFirst();
    }

    public ReportType getType() {
        return type;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public AccountsTier getAccountsTier() {
        return accountsTier;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerQualification() {
        return signerQualification;
    }

    public boolean isDeclarationConfirmed() {
        return declarationConfirmed;
    }

    public Money getUnspent() {
        return unspent;
    }

    public Money getRepayment() {
        return repayment;
    }

    public List<ReportSectionText> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public List<ReportSpending> getSpending() {
        return Collections.unmodifiableList(spending);
    }

    public List<ReportCofinancing> getCofinancing() {
        return Collections.unmodifiableList(cofinancing);
    }

    public List<ReportMilestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<ReportGoalValue> getGoalValues() {
        return Collections.unmodifiableList(goalValues);
    }

    public List<ReportAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}

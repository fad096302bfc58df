package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/** A report the grantee owes: status, midway, final or accounts, by a due date. Part of the {@link Project}. */
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

    protected ReportObligation() {
        // for JPA
    }

    ReportObligation(Project project, ReportType type, LocalDate dueDate) {
        super(project);
        this.type = Objects.requireNonNull(type, "type");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.status = ReportStatus.DUE;
    }

    /** The grantee hands the report in; a returned report may be handed in again. */
    public void submit(LocalDate on) {
        if (status != ReportStatus.DUE && status != ReportStatus.RETURNED) {
            throw new RuleViolation("report.cannotSubmit", status);
        }
        this.status = ReportStatus.SUBMITTED;
        this.submittedOn = Objects.requireNonNull(on, "on");
    }

    public void approve(LocalDate on, String remark) {
        decide(ReportStatus.APPROVED, on, remark);
    }

    /** Sent back to the grantee for more; the note says what is missing. */
    public void returnForChanges(LocalDate on, String remark) {
        decide(ReportStatus.RETURNED, on, Text.required(remark, "report.returnReason"));
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

    /** The status as it stands on a given day: a due or returned report past its due date is overdue. */
    public ReportStatus statusOn(LocalDate today) {
        boolean open = status == ReportStatus.DUE || status == ReportStatus.RETURNED;
        return open && today.isAfter(dueDate) ? ReportStatus.OVERDUE : status;
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
}

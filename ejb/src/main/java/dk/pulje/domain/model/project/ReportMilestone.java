package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** A milestone's status as a report states it, with a note (why it slipped, what was reached). */
@Entity
@Audited
@Table(name = "report_milestone")
public class ReportMilestone extends ReportPart {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false)
    private Milestone milestone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MilestoneStatus status;

    @Column(name = "note", columnDefinition = "text")
    private String note;

    protected ReportMilestone() {
        // for JPA
    }

    ReportMilestone(ReportObligation report, Milestone milestone, MilestoneStatus status, String note) {
        super(report);
        this.milestone = Objects.requireNonNull(milestone, "milestone");
        change(status, note);
    }

    void change(MilestoneStatus newStatus, String newNote) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.note = Text.optional(newNote);
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}

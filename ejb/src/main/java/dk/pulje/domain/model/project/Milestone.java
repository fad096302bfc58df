package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/** A point the project means to reach by a date. Part of the {@link Project}. */
@Entity
@Audited
@Table(name = "milestone")
public class Milestone extends ProjectPart {

    @NotBlank
    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MilestoneStatus status;

    @Column(name = "reached_on")
    private LocalDate reachedOn;

    protected Milestone() {
        // for JPA
    }

    Milestone(Project project, String title, LocalDate dueDate) {
        super(project);
        this.title = Text.required(title, "milestone.title");
        this.dueDate = dueDate;
        this.status = MilestoneStatus.PLANNED;
    }

    public void reach(LocalDate on) {
        if (status == MilestoneStatus.CANCELLED) {
            throw new RuleViolation("milestone.cancelled");
        }
        this.status = MilestoneStatus.REACHED;
        this.reachedOn = Objects.requireNonNull(on, "on");
    }

    public void postpone(LocalDate newDueDate) {
        if (status == MilestoneStatus.REACHED || status == MilestoneStatus.CANCELLED) {
            throw new RuleViolation("milestone.closed", status);
        }
        this.dueDate = Objects.requireNonNull(newDueDate, "newDueDate");
        this.status = MilestoneStatus.DELAYED;
    }

    public void cancel() {
        this.status = MilestoneStatus.CANCELLED;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }
}

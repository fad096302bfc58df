package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/** A stated outcome (resultatmål) and how it will be seen (its indicators). Part of the {@link Project}. */
@Entity
@Table(name = "result_goal")
public class ResultGoal extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "position", nullable = false)
    private int position;

    @NotBlank
    @Column(name = "description", nullable = false, columnDefinition = "text")
    private String description;

    /** How progress is seen; free text, one indicator a line. Null when not stated. */
    @Column(name = "indicators", columnDefinition = "text")
    private String indicators;

    protected ResultGoal() {
        // for JPA
    }

    ResultGoal(Project project, int position, String description, String indicators) {
        this.project = Objects.requireNonNull(project, "project");
        this.position = position;
        this.description = Text.required(description, "goal.description");
        this.indicators = Text.optional(indicators);
    }

    public Project getProject() {
        return project;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public String getIndicators() {
        return indicators;
    }
}

package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;


/** A stated outcome (resultatmål) and how it will be seen (its indicators). Part of the {@link Project}. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "result_goal")
public class ResultGoal extends ProjectPart {

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
        super(project);
        this.position = position;
        change(description, indicators);
    }

    public void change(String newDescription, String newIndicators) {
        this.description = Text.required(newDescription, "goal.description");
        this.indicators = Text.optional(newIndicators);
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

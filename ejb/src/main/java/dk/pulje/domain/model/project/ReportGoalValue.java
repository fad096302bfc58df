package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** A result goal's indicator values as a report states them (free text: "312 deltagere, 4 workshops"). */
@Entity
@Audited
@Table(name = "report_goal_value")
public class ReportGoalValue extends ReportPart {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_goal_id", nullable = false)
    private ResultGoal goal;

    @NotNull
    @Column(name = "value", nullable = false, columnDefinition = "text")
    private String value;

    protected ReportGoalValue() {
        // for JPA
    }

    ReportGoalValue(ReportObligation report, ResultGoal goal, String value) {
        super(report);
        this.goal = Objects.requireNonNull(goal, "goal");
        change(value);
    }

    void change(String newValue) {
        this.value = Text.required(newValue, "report.goalValue");
    }

    public ResultGoal getGoal() {
        return goal;
    }

    public String getValue() {
        return value;
    }
}

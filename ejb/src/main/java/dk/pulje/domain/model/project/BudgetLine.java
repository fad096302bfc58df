package dk.pulje.domain.model.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** One budget post (budgetpost): a category, optionally a year, and its amount. Part of the {@link Project}. */
@Entity
@Audited
@Table(name = "budget_line")
public class BudgetLine extends ProjectPart {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private BudgetCategory category;

    @Column(name = "budget_year")
    private Integer year;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 15, scale = 2, nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3, nullable = false))
    })
    private Money amount;

    @Column(name = "note", length = 500)
    private String note;

    protected BudgetLine() {
        // for JPA
    }

    BudgetLine(Project project, BudgetCategory category, Integer year, Money amount, String note) {
        super(project);
        change(category, year, amount, note);
    }

    /** Through {@link Project#changeBudgetLine}, which refuses changes of money on a finished project. */
    void change(BudgetCategory category, Integer year, Money amount, String note) {
        this.category = Objects.requireNonNull(category, "category");
        if (year != null && (year < 1990 || year > 2100)) {
            throw new RuleViolation("budget.yearOutOfRange", year);
        }
        this.year = year;
        if (amount == null) {
            throw new RuleViolation("field.required", new dk.pulje.domain.model.shared.MessageKey("field.budget.amount"));
        }
        this.amount = Money.requireNotNegative(amount);
        this.note = Text.optional(note);
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public Integer getYear() {
        return year;
    }

    public Money getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}

package dk.pulje.domain.model.project;

import dk.pulje.domain.model.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** Spending to date on a budget line (the accounts, on a final report). Part of a {@link ReportObligation}. */
@Entity
@Audited
@Table(name = "report_spending")
public class ReportSpending extends ReportPart {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id", nullable = false)
    private BudgetLine budgetLine;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 15, scale = 2, nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3, nullable = false))
    })
    private Money amount;

    protected ReportSpending() {
        // for JPA
    }

    ReportSpending(ReportObligation report, BudgetLine budgetLine, Money amount) {
        super(report);
        this.budgetLine = Objects.requireNonNull(budgetLine, "budgetLine");
        change(amount);
    }

    void change(Money newAmount) {
        this.amount = Money.requireNotNegative(Objects.requireNonNull(newAmount, "amount"));
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public Money getAmount() {
        return amount;
    }
}

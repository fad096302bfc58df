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

/** Co-financing realised on a financing line (a source). Part of a {@link ReportObligation}. */
@Entity
@Audited
@Table(name = "report_cofinancing")
public class ReportCofinancing extends ReportPart {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "financing_line_id", nullable = false)
    private FinancingLine financingLine;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 15, scale = 2, nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3, nullable = false))
    })
    private Money amount;

    protected ReportCofinancing() {
        // for JPA
    }

    ReportCofinancing(ReportObligation report, FinancingLine financingLine, Money amount) {
        super(report);
        this.financingLine = Objects.requireNonNull(financingLine, "financingLine");
        change(amount);
    }

    void change(Money newAmount) {
        this.amount = Money.requireNotNegative(Objects.requireNonNull(newAmount, "amount"));
    }

    public FinancingLine getFinancingLine() {
        return financingLine;
    }

    public Money getAmount() {
        return amount;
    }
}

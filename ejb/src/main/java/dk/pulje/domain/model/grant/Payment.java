package dk.pulje.domain.model.grant;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
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

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tranche (rate) of a grant: planned with a date, an amount and perhaps a condition ("after approved status report"),
 * then paid on a date with an amount. Part of the {@link Grant}, which keeps Σ paid within the granted amount.
 */
@Entity
@Audited
@Table(name = "payment")
public class Payment extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "planned_amount", precision = 15, scale = 2, nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "planned_currency", length = 3, nullable = false))
    })
    private Money plannedAmount;

    @Column(name = "release_condition", length = 500)
    private String condition;

    @Column(name = "paid_date")
    private LocalDate paidDate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "paid_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "paid_currency", length = 3))
    })
    private Money paidAmount;

    protected Payment() {
        // for JPA
    }

    Payment(Grant grant, LocalDate plannedDate, Money plannedAmount, String condition) {
        this.grant = Objects.requireNonNull(grant, "grant");
        this.plannedDate = plannedDate;
        this.plannedAmount = Objects.requireNonNull(plannedAmount, "plannedAmount");
        this.condition = Text.optional(condition);
    }

    void markPaid(LocalDate on, Money amount) {
        this.paidDate = Objects.requireNonNull(on, "on");
        this.paidAmount = Objects.requireNonNull(amount, "amount");
    }

    public boolean isPaid() {
        return paidAmount != null;
    }

    public Grant getGrant() {
        return grant;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public Money getPlannedAmount() {
        return plannedAmount;
    }

    public String getCondition() {
        return condition;
    }

    public LocalDate getPaidDate() {
        return paidDate;
    }

    public Money getPaidAmount() {
        return paidAmount;
    }
}

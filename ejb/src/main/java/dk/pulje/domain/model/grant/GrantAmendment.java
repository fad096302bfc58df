package dk.pulje.domain.model.grant;

import dk.pulje.domain.model.money.Money;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change to a grant (tillæg): a new granted amount, total project sum or period, with the values before it.
 * Amendments are only ever added, never edited, so the history of a grant reads from them directly.
 */
@Entity
@Audited
@Table(name = "grant_amendment")
public class GrantAmendment extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @NotNull
    @Column(name = "amended_on", nullable = false)
    private LocalDate amendedOn;

    @NotBlank
    @Column(name = "reason", nullable = false, columnDefinition = "text")
    private String reason;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "previous_granted_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "previous_granted_currency", length = 3))
    })
    private Money previousGranted;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "new_granted_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "new_granted_currency", length = 3))
    })
    private Money newGranted;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "previous_total_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "previous_total_currency", length = 3))
    })
    private Money previousTotal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "new_total_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "new_total_currency", length = 3))
    })
    private Money newTotal;

    @Column(name = "previous_end_date")
    private LocalDate previousEndDate;

    @Column(name = "new_end_date")
    private LocalDate newEndDate;

    protected GrantAmendment() {
        // for JPA
    }

    GrantAmendment(Grant grant, LocalDate amendedOn, String reason, Money previousGranted, Money newGranted,
                   Money previousTotal, Money newTotal, LocalDate previousEndDate, LocalDate newEndDate) {
        this.grant = Objects.requireNonNull(grant, "grant");
        this.amendedOn = Objects.requireNonNull(amendedOn, "amendedOn");
        this.reason = reason;
        this.previousGranted = previousGranted;
        this.newGranted = newGranted;
        this.previousTotal = previousTotal;
        this.newTotal = newTotal;
        this.previousEndDate = previousEndDate;
        this.newEndDate = newEndDate;
    }

    public Grant getGrant() {
        return grant;
    }

    public LocalDate getAmendedOn() {
        return amendedOn;
    }

    public String getReason() {
        return reason;
    }

    public Money getPreviousGranted() {
        return previousGranted;
    }

    public Money getNewGranted() {
        return newGranted;
    }

    public Money getPreviousTotal() {
        return previousTotal;
    }

    public Money getNewTotal() {
        return newTotal;
    }

    public LocalDate getPreviousEndDate() {
        return previousEndDate;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }
}

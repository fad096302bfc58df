package dk.pulje.domain.model.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.Objects;

/**
 * One source of the project's money: the grant, own cash or hours, a partner's contribution, another funder.
 * The amount may be unknown (a document names a co-financier but no figure). Part of the {@link Project}.
 */
@Entity
@Audited
@Table(name = "financing_line")
public class FinancingLine extends ProjectPart {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private FinancingKind kind;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contributor_id")
    private Organisation contributor;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))
    })
    private Money amount;

    @Column(name = "note", length = 500)
    private String note;

    protected FinancingLine() {
        // for JPA
    }

    FinancingLine(Project project, FinancingKind kind, Organisation contributor, Money amount, String note) {
        super(project);
        change(kind, contributor, amount, note);
    }

    /** Through {@link Project#changeFinancing}, which refuses changes of money on a finished project. */
    void change(FinancingKind kind, Organisation contributor, Money amount, String note) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.contributor = contributor;
        this.amount = Money.requireNotNegative(amount);
        this.note = Text.optional(note);
    }

    /** An organisation merge: the kept organisation now contributes what the duplicate did (also on closed projects). */
    void creditTo(Organisation kept) {
        this.contributor = Objects.requireNonNull(kept, "contributor");
    }

    public FinancingKind getKind() {
        return kind;
    }

    public Organisation getContributor() {
        return contributor;
    }

    public Money getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}

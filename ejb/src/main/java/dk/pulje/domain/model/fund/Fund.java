package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.Objects;

/** A standing programme (pulje) owned by a funder, e.g. Udviklingspuljen of Slots- og Kulturstyrelsen. */
@Entity
@Audited
@Table(name = "fund")
public class Fund extends VersionedEntity {

    @NotNull
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funder_id", nullable = false)
    private Organisation funder;

    @NotBlank
    @Size(max = 300)
    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(name = "short_name", nullable = false, length = 100)
    private String shortName;

    /** Null when the fund sets no minimum own financing. */
    @Embedded
    private OwnFinancingRule ownFinancingRule;

    protected Fund() {
        // for JPA
    }

    public Fund(Organisation funder, String name, String shortName) {
        this.funder = Objects.requireNonNull(funder, "funder");
        this.name = Text.required(name, "fund.name");
        this.shortName = Text.required(shortName, "fund.shortName");
    }

    /** The funder and the names, as an administrator corrects them. */
    public void describe(Organisation newFunder, String newName, String newShortName) {
        String checkedName = Text.required(newName, "fund.name");
        String checkedShortName = Text.required(newShortName, "fund.shortName");
        this.funder = Objects.requireNonNull(newFunder, "funder");
        this.name = checkedName;
        this.shortName = checkedShortName;
    }

    /** Sets the fund's own-financing rule; null: the fund requires none. */
    public void requireOwnFinancing(OwnFinancingRule rule) {
        this.ownFinancingRule = rule;
    }

    /** The fund's own-financing rule, if it has one. */
    public java.util.Optional<OwnFinancingRule> getOwnFinancingRule() {
        return java.util.Optional.ofNullable(ownFinancingRule);
    }

    public Organisation getFunder() {
        return funder;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }
}

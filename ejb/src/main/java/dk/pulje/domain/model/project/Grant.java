package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.SubPool;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * The fund's decision on a project (bevilling/tilsagn): what it gives and from which sub-pool.
 * One per project. The granted amount may be unknown (a seed document names the grant but no figure).
 */
@Entity
@Table(name = "project_grant")
public class Grant extends VersionedEntity {

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sub_pool_id")
    private SubPool subPool;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "granted_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "granted_currency", length = 3))
    })
    private Money granted;

    protected Grant() {
        // for JPA
    }

    public Grant(Project project, SubPool subPool, Money granted) {
        this.project = Objects.requireNonNull(project, "project");
        if (subPool != null && (project.getRound() == null || !subPool.getRound().equals(project.getRound()))) {
            throw new IllegalArgumentException("The sub-pool " + subPool.getName() + " is not in the project's round");
        }
        this.subPool = subPool;
        setGranted(granted);
    }

    private void setGranted(Money granted) {
        if (granted != null) {
            if (granted.isNegative()) {
                throw new IllegalArgumentException("A granted amount cannot be negative");
            }
            Money total = project.getTotalSum();
            if (total != null && granted.isGreaterThan(total)) {
                throw new IllegalArgumentException("The grant (" + granted + ") exceeds the total project sum (" + total + ")");
            }
        }
        this.granted = granted;
    }

    public Project getProject() {
        return project;
    }

    public SubPool getSubPool() {
        return subPool;
    }

    public Money getGranted() {
        return granted;
    }
}

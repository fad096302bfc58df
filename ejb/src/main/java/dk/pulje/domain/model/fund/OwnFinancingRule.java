package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fund's minimum own financing: at least {@code minimumShare} of the total project sum must come from others than
 * the fund itself (own cash or hours, partners, other funders) when the total is above {@code threshold}.
 * Udviklingspuljen: 25 % above 100.000 kr.
 */
@Embeddable
public class OwnFinancingRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "own_financing_min_share", precision = 5, scale = 4)
    private BigDecimal minimumShare;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "own_financing_threshold_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "own_financing_threshold_currency", length = 3))
    })
    private Money threshold;

    protected OwnFinancingRule() {
        // for JPA
    }

    public OwnFinancingRule(BigDecimal minimumShare, Money threshold) {
        Objects.requireNonNull(minimumShare, "minimumShare");
        if (minimumShare.signum() <= 0 || minimumShare.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation("share.outOfRange", minimumShare);
        }
        this.minimumShare = minimumShare;
        this.threshold = Money.requireNotNegative(threshold);
    }

    public BigDecimal minimumShare() {
        return minimumShare;
    }

    public Money threshold() {
        return threshold;
    }

    /**
     * Evaluates the rule for a project.
     *
     * @param total        the total project sum (null when unknown)
     * @param ownFinancing the sum of the financing lines other than the fund's own grant, with the unknowns counted
     */
    public OwnFinancingCheck evaluate(Money total, MoneyTotal ownFinancing) {
        if (total == null) {
            return OwnFinancingCheck.UNKNOWN;
        }
        if (threshold != null && !total.isGreaterThan(threshold)) {
            return OwnFinancingCheck.NOT_REQUIRED;
        }
        Money required = Money.dkk(total.amount().multiply(minimumShare).setScale(2, java.math.RoundingMode.UP));
        if (ownFinancing.sum().compareTo(required) >= 0) {
            return OwnFinancingCheck.MET;
        }
        // Unknown amounts might still make up the difference: do not call it unmet on missing information.
        return ownFinancing.isComplete() ? OwnFinancingCheck.NOT_MET : OwnFinancingCheck.UNKNOWN;
    }
}

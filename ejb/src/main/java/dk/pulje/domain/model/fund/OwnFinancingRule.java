package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A minimum of co-financing (own financing): at least {@code minimumShare} of the total project sum must come from
 * others than the fund itself (own cash or hours, partners, other funders) when the total is above
 * {@code threshold}. Udviklingspuljen: 25 % above 100.000 kr.; Region Midtjylland's open pool (2017 conditions):
 * 25 % of every project.
 * <p>
 * A rule belongs to a fund or to one sub-pool ({@link SubPool#getCofinancingRule()}, which then takes precedence).
 * It may carry a {@code tolerance} in kroner: a project whose margin lies within it is neither met nor missed but
 * {@link OwnFinancingCheck#WITHIN_TOLERANCE}, because amounts rounded in the source (a press release's thousands)
 * must not make a project silently pass or fail. {@code source} says where the rule was taken from.
 */
@Embeddable
public class OwnFinancingRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As the {@code *_source} columns. */
    public static final int SOURCE_MAX = 500;

    @Column(name = "own_financing_min_share", precision = 5, scale = 4)
    private BigDecimal minimumShare;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "own_financing_threshold_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "own_financing_threshold_currency", length = 3))
    })
    private Money threshold;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "own_financing_tolerance_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "own_financing_tolerance_currency", length = 3))
    })
    private Money tolerance;

    @Column(name = "own_financing_source", length = SOURCE_MAX)
    private String source;

    protected OwnFinancingRule() {
        // for JPA
    }

    public OwnFinancingRule(BigDecimal minimumShare, Money threshold) {
        this(minimumShare, threshold, null, null);
    }

    /**
     * @param threshold the rule applies above this total project sum; null: to every project
     * @param tolerance a margin within ± this amount is "within the tolerance"; null: none (exact)
     * @param source    where the rule comes from, e.g. "Region Midtjyllands vilkår for den åbne pulje, 2017"; may be null
     */
    public OwnFinancingRule(BigDecimal minimumShare, Money threshold, Money tolerance, String source) {
        Objects.requireNonNull(minimumShare, "minimumShare");
        if (minimumShare.signum() <= 0 || minimumShare.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation("share.outOfRange", minimumShare);
        }
        this.minimumShare = minimumShare;
        this.threshold = Money.requireNotNegative(threshold);
        this.tolerance = Money.requireNotNegative(tolerance);
        String stripped = Text.optional(source);
        if (stripped != null && stripped.length() > SOURCE_MAX) {
            throw new RuleViolation("cofinancing.sourceTooLong", SOURCE_MAX);
        }
        this.source = stripped;
    }

    public BigDecimal minimumShare() {
        return minimumShare;
    }

    public Money threshold() {
        return threshold;
    }

    /** The tolerance in kroner; zero when none is stated. */
    public Money tolerance() {
        return tolerance == null ? Money.dkk(BigDecimal.ZERO) : tolerance;
    }

    public String source() {
        return source;
    }

    /** The co-financing the rule asks of a project with this total (rounded up to whole øre). */
    public Money required(Money total) {
        return Money.dkk(total.amount().multiply(minimumShare).setScale(2, RoundingMode.UP));
    }

    /**
     * Evaluates the rule for a project from its financing lines.
     *
     * @param total        the total project sum (null when unknown)
     * @param ownFinancing the sum of the financing lines other than the fund's own grant, with the unknowns counted
     */
    public OwnFinancingCheck evaluate(Money total, MoneyTotal ownFinancing) {
        if (total == null) {
            return OwnFinancingCheck.UNKNOWN;
        }
        if (!appliesTo(total)) {
            return OwnFinancingCheck.NOT_REQUIRED;
        }
        OwnFinancingCheck known = judge(ownFinancing.sum().amount().subtract(required(total).amount()));
        if (known == OwnFinancingCheck.MET || ownFinancing.isComplete()) {
            return known;
        }
        // Unknown amounts might still make up the difference: do not call it unmet on missing information.
        return OwnFinancingCheck.UNKNOWN;
    }

    /**
     * The rule's margin for a project whose co-financing is the rest of its total (total − the fund's grant), as
     * the portfolio dashboards judge it: positive when the project has more co-financing than asked.
     *
     * @param total   the total project sum; null when unknown
     * @param granted the fund's grant; null when unknown
     */
    public CofinancingMargin margin(Money total, Money granted) {
        if (total == null || granted == null) {
            return CofinancingMargin.unknown();
        }
        if (!appliesTo(total)) {
            return CofinancingMargin.notRequired();
        }
        BigDecimal cofinancing = total.amount().subtract(granted.amount());
        BigDecimal margin = cofinancing.subtract(required(total).amount());
        BigDecimal share = total.amount().signum() == 0 ? null
                : cofinancing.divide(total.amount(), 6, RoundingMode.HALF_EVEN);
        return new CofinancingMargin(judge(margin), Money.dkk(cofinancing), share,
                share == null ? null : share.subtract(minimumShare), margin);
    }

    private boolean appliesTo(Money total) {
        return threshold == null || total.isGreaterThan(threshold);
    }

    /** Met beyond the tolerance, missed beyond it, or within it (a margin of exactly the tolerance is within). */
    private OwnFinancingCheck judge(BigDecimal margin) {
        BigDecimal allowance = tolerance().amount();
        if (allowance.signum() == 0) {
            return margin.signum() >= 0 ? OwnFinancingCheck.MET : OwnFinancingCheck.NOT_MET;
        }
        if (margin.compareTo(allowance) > 0) {
            return OwnFinancingCheck.MET;
        }
        if (margin.compareTo(allowance.negate()) < 0) {
            return OwnFinancingCheck.NOT_MET;
        }
        return OwnFinancingCheck.WITHIN_TOLERANCE;
    }
}

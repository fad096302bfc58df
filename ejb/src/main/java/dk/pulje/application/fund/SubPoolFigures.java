package dk.pulje.application.fund;

import java.io.Serializable;

import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-pool with its target against what it got.
 *
 * @param version      the sub-pool's own version (its changes go with the round's version, see {@link ChangeSubPool})
 * @param targetShare  0..1; null when none is set
 * @param grants       decided or pending applications from the sub-pool
 * @param granted      Σ granted from the sub-pool
 * @param targetAmount target share × the round's envelope; null when either is unknown
 * @param actualShare  Σ granted from the sub-pool ÷ Σ granted in the round; null when the round has granted nothing
 * @param ownRule      the sub-pool's own co-financing rule; null when it has none
 * @param effectiveRule the rule its projects are judged by: its own, else the fund's; null when neither has one
 */
public record SubPoolFigures(long id, long version, String name, SubPoolKind kind, BigDecimal targetShare,
                             List<String> themes, long grants, Money granted, Money targetAmount,
                             BigDecimal actualShare, OwnFinancingRule ownRule, OwnFinancingRule effectiveRule) implements Serializable {

    public SubPoolFigures {
        themes = List.copyOf(themes);
    }

    /** Whether the fund's rule applies (the sub-pool has none of its own, the fund has one). */
    public boolean fundRuleApplies() {
        return ownRule == null && effectiveRule != null;
    }

    /** True when a target is set and the sub-pool's actual share falls short of it. */
    public boolean belowTarget() {
        return targetShare != null && actualShare != null && actualShare.compareTo(targetShare) < 0;
    }
}

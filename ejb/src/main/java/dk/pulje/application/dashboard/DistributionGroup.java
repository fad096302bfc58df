package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/**
 * One group of a distribution, or the whole filtered portfolio.
 *
 * @param id             the theme's or lead institution's id (for the drill-down); null for the other dimensions and
 *                       for the "not stated" group
 * @param key            the town, theme, institution's name, type or status name as stored; null = not stated
 * @param granted        Σ the known grants (0 kr. when none is known: see {@code grantedKnown})
 * @param grantedKnown   how many of the projects have a known grant
 * @param total          Σ the known total project sums
 * @param totalKnown     how many of the projects have a known total
 * @param supportShare   Σ granted ÷ Σ total over the projects where both are known; null when there are none
 */
public record DistributionGroup(Long id, String key, long projects, Money granted, long grantedKnown, Money total,
                                long totalKnown, BigDecimal supportShare) {

    public boolean isNotStated() {
        return key == null;
    }
}

package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.MoneyTotal;

import java.util.List;

/** A maturation project and what it led to, in order, with the chain's Σ granted and Σ total (unknown amounts counted). */
public record FollowUpChain(List<ChainStep> steps, MoneyTotal granted, MoneyTotal total) {

    public FollowUpChain {
        steps = List.copyOf(steps);
    }

    public ChainStep first() {
        return steps.get(0);
    }
}

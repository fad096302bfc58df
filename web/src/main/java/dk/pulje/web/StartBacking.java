package dk.pulje.web;

import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.portfolio.RoundSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Backs {@code /index.xhtml}: one card per fund and round. */
@Named
@RequestScoped
public class StartBacking {

    @Inject
    private PortfolioService portfolio;

    private List<RoundSummary> rounds;

    public List<RoundSummary> getRounds() {
        if (rounds == null) {
            rounds = portfolio.roundSummaries();
        }
        return rounds;
    }
}

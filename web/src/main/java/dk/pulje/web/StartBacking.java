package dk.pulje.web;

import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.portfolio.RoundSummary;
import dk.pulje.web.security.UserBacking;
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

    @Inject
    private UserBacking user;

    private List<RoundSummary> rounds;

    /**
     * Where a person without project access belongs: a system administrator's work is the users page, so the start
     * page sends them there instead of showing a dead end. Everyone else stays.
     */
    public String land() {
        return !user.isSeesProjects() && user.isSystemAdmin() ? "/admin/users?faces-redirect=true" : null;
    }

    /** The caller's portfolio; empty for a system administrator, who sees no project content. */
    public List<RoundSummary> getRounds() {
        if (rounds == null) {
            rounds = user.isSeesProjects() ? portfolio.roundSummaries() : List.of();
        }
        return rounds;
    }
}

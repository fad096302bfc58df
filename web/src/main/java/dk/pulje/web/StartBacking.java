package dk.pulje.web;

import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.portfolio.RoundSummary;
import dk.pulje.application.worklist.TodaysWork;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.web.security.UserBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Backs {@code /index.xhtml}: a fund administrator's work for today, then one card per fund and round. */
@Named
@RequestScoped
public class StartBacking {

    @Inject
    private PortfolioService portfolio;

    @Inject
    private UserBacking user;

    @Inject
    private WorkListService workLists;

    private List<RoundSummary> rounds;
    private TodaysWork todaysWork;

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

    /** "Det skal du i dag": the work lists' counts, for fund administrators only (null for everyone else). */
    public TodaysWork getTodaysWork() {
        if (todaysWork == null && user.isFundAdmin()) {
            todaysWork = workLists.todaysWork();
        }
        return todaysWork;
    }

    public int getHorizonDays() {
        return WorkListService.HORIZON_DAYS;
    }
}

package dk.pulje.web.reports;

import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.SpendingAgainstBudget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * The project page's "budget against spending" (WEB-INF/includes/project/spending.xhtml): the budget beside what the
 * latest handed-in report states, read once per request (two statements, ReportService.spendingAgainstBudget).
 */
@Named
@RequestScoped
public class ProjectSpending {

    @Inject
    private ReportService reports;

    private final Map<Long, SpendingAgainstBudget> read = new HashMap<>();

    public SpendingAgainstBudget of(long projectId) {
        return read.computeIfAbsent(projectId, reports::spendingAgainstBudget);
    }
}

package dk.pulje.application.report;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The project's budget beside the spending that its latest handed-in report states (submitted or approved; a
 * returned or unfinished report does not count), line by line, with the deviation in percent of the budgeted amount.
 * A deviation beyond {@link #DEVIATION_THRESHOLD_PERCENT} either way is flagged for the reader's attention.
 *
 * @param reportId    the report the figures come from; null (and every reported amount null) when none has been
 *                    handed in yet
 * @param budgeted    Σ of the budget
 * @param reported    Σ of what the report states; null when no report has been handed in
 */
public record SpendingAgainstBudget(Long reportId, ReportType reportType, ReportStatus reportStatus,
                                    java.time.LocalDate submittedOn, List<Line> lines, Money budgeted, Money reported) {

    /** A deviation beyond this, either way, in percent of the budgeted amount, is flagged (the issue's ±10 %). */
    public static final BigDecimal DEVIATION_THRESHOLD_PERCENT = new BigDecimal("10");

    public SpendingAgainstBudget {
        lines = List.copyOf(lines);
    }

    /**
     * @param deviationPercent (reported − budgeted) / budgeted × 100, to one decimal (half up); null when nothing is
     *                         reported on the line, or the line budgets 0 kr.
     * @param flagged          |deviation| &gt; {@link #DEVIATION_THRESHOLD_PERCENT}; on a line that budgets 0 kr.,
     *                         any spending at all
     */
    public record Line(long budgetLineId, BudgetCategory category, Integer year, String note, Money budgeted,
                       Money reported, BigDecimal deviationPercent, boolean flagged) {

        static Line of(long budgetLineId, BudgetCategory category, Integer year, String note, Money budgeted,
                       Money reported) {
            if (reported == null) {
                return new Line(budgetLineId, category, year, note, budgeted, null, null, false);
            }
            if (budgeted.isZero()) {
                return new Line(budgetLineId, category, year, note, budgeted, reported, null, !reported.isZero());
            }
            BigDecimal deviation = reported.minus(budgeted).amount().multiply(BigDecimal.valueOf(100))
                    .divide(budgeted.amount(), 1, RoundingMode.HALF_UP);
            return new Line(budgetLineId, category, year, note, budgeted, reported, deviation,
                    deviation.abs().compareTo(DEVIATION_THRESHOLD_PERCENT) > 0);
        }
    }
}

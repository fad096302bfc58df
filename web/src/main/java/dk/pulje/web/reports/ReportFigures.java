package dk.pulje.web.reports;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ReportSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the report includes compute from a report's figures, for views that show a report read only. */
@Named
@ApplicationScoped
public class ReportFigures {

    /** Spending against a budget line (null when nothing is reported on it). */
    public SpendingDeviation deviation(Money budgeted, Money spent) {
        return SpendingDeviation.of(budgeted, spent);
    }

    /** A section by name, for the views: a report's maps are keyed by the enum, which EL cannot spell. */
    public ReportSection section(String name) {
        return ReportSection.valueOf(name);
    }
}

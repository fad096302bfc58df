package dk.pulje.web.reports;

import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.ReportView;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;

/** What the report pages share: a report that the caller may not read is simply not there. */
final class ReportPages {

    private ReportPages() {
    }

    /** The report, or null for an id that does not exist or lies outside the caller's projects (both a 404). */
    static ReportView open(ReportService reports, long reportId) {
        try {
            return reports.open(reportId);
        } catch (RuleViolation | EJBAccessException e) {
            return null;
        }
    }
}

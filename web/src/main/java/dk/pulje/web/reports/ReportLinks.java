package dk.pulje.web.reports;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.project.ReportStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The link from a report on the project page to its own page: the owner's applicants write ("Skriv rapport",
 * "Fortsæt") or read what they handed in ("Se rapport"); a partner's applicants read; the fund's administrators review
 * ("Gennemse" once it is handed in). Regional staff read the project page only, so they get no link.
 */
@Named
@RequestScoped
public class ReportLinks {

    @Inject
    private CallerScopes scopes;

    private CallerScope scope() {
        return scopes.current();
    }

    /** The page the link opens ("/reports/review" or "/reports/edit"); null: no link for this caller. */
    public String outcome(ProjectDetail project) {
        if (scope().administers(project.fundId())) {
            return "/reports/review";
        }
        return scope().has(Role.APPLICANT) ? "/reports/edit" : null;
    }

    /** The link's words, by who the caller is and where the report stands. */
    public String labelKey(ProjectDetail project, ProjectDetail.ReportView report) {
        boolean open = report.status() == ReportStatus.DUE || report.status() == ReportStatus.RETURNED;
        if (scope().administers(project.fundId())) {
            return report.status() == ReportStatus.SUBMITTED ? "report.link.review" : "report.link.view";
        }
        if (!scope().belongsTo(project.ownerId()) || !open) {
            return "report.link.view";
        }
        boolean started = report.status() == ReportStatus.RETURNED || report.statusToday() == ReportStatus.DRAFT;
        return started ? "report.link.continue" : "report.link.write";
    }
}

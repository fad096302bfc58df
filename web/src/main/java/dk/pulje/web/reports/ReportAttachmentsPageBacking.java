package dk.pulje.web.reports;

import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.ReportView;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /reports/attachments.xhtml?id=REPORT}: a report's attachments on their own page, for everyone who may open the
 * report. A report the caller cannot read is not found, exactly like one that does not exist (also for a role that
 * ReportService does not serve at all).
 */
@Named
@ViewScoped
public class ReportAttachmentsPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportService reports;

    private String id;
    private ReportView report;

    public void load() throws IOException {
        if (report != null) {
            return;
        }
        Long reportId = PageIds.parse(id);
        try {
            report = reportId == null ? null : reports.open(reportId);
        } catch (RuleViolation | jakarta.ejb.EJBAccessException notFound) {
            report = null;
        }
        if (report == null) {
            PageIds.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReportView getReport() {
        return report;
    }
}

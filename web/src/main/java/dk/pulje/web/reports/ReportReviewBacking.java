package dk.pulje.web.reports;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.ReportView;
import dk.pulje.application.report.ReturnReport;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.project.ReportSection;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /reports/review.xhtml?id=N}: the fund administrator's review of a handed-in report, its content beside
 * the budget and the project's other reports, a comment per part and an overall remark; approve (which releases the
 * tranches waiting for the report and, for accounts, records unspent money and repayment) or send it back. Only the
 * administrators of the project's fund open it; anyone else gets the same 404 as for an id that does not exist.
 */
@Named
@ViewScoped
public class ReportReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private ProjectDetailService details;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Messages messages;

    private String id;
    private ReportView report;
    private ProjectDetail project;
    private boolean stale;
    /** Set by a decision made in this view: the page then says what followed from it. */
    private boolean decided;

    private final Map<ReportSection, String> comments = new EnumMap<>(ReportSection.class);
    private String remark;

    public void load() throws IOException {
        if (report != null) {
            return;
        }
        Long reportId = PageIds.parse(id);
        report = reportId == null ? null : ReportPages.open(reports, reportId);
        project = report == null ? null : details.detail(report.projectId()).orElse(null);
        if (report == null || project == null || !scopes.current().administers(project.fundId())) {
            report = null;
            PageIds.notFound();
        }
    }

    private void reload() {
        report = reports.open(report.id());
        project = details.detail(report.projectId()).orElseThrow();
    }

    public void approve() {
        decide(() -> reports.approve(report.id(), report.version(), remark), "report.review.approvedMessage");
    }

    public void returnReport() {
        decide(() -> reports.returnReport(new ReturnReport(report.id(), report.version(), remark, new EnumMap<>(comments))),
                "report.review.returnedMessage");
    }

    private void decide(Runnable command, String doneKey) {
        try {
            command.run();
            reload();
            decided = true;
            comments.clear();
            remark = null;
            messages.info(doneKey);
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /** The project's other reports, for the links beside this one. */
    public List<ProjectDetail.ReportView> getOtherReports() {
        return project.reports().stream().filter(r -> r.id() != report.id()).toList();
    }

    /** The tranches tied to this report: held until it is approved, then released (due for payment). */
    public List<ProjectDetail.PaymentView> getTiedPayments() {
        return project.grant() == null ? List.of()
                : project.grant().payments().stream().filter(p -> p.reportId() != null && p.reportId() == report.id()).toList();
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

    public ProjectDetail getProject() {
        return project;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isDecided() {
        return decided;
    }

    public Map<ReportSection, String> getComments() {
        return comments;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}

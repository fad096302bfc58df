package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectDetail.MilestoneView;
import dk.pulje.application.project.ProjectDetail.ReportView;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Reports and milestones: obligations with a kind and a due date; a report that came by mail or e-mail recorded as
 * received; a received report approved (which releases the payment waiting for it) or returned with a comment;
 * milestones added and reached.
 */
@Named
@ViewScoped
public class ReportsEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private ProjectService projects;

    private ReportType type = ReportType.STATUS;
    private LocalDate dueDate;

    /** The report being handled (received, approved or returned); null: none. */
    private Long handlingId;
    private LocalDate handledOn;
    private String comment;

    private String milestoneTitle;
    private LocalDate milestoneDue;

    public void add() {
        if (page.change(() -> projects.requireReport(page.getProject().id(), page.version(), type, dueDate),
                "workspace.report.added")) {
            dueDate = null;
        }
    }

    public void remove(ReportView report) {
        page.change(() -> projects.removeReport(page.getProject().id(), page.version(), report.id()),
                "workspace.report.removed");
    }

    public void handle(ReportView report) {
        handlingId = report.id();
        handledOn = LocalDate.now(Clocks.DANISH_TIME);
        comment = null;
    }

    public void received() {
        long reportId = handlingId;
        if (page.change(() -> projects.submitReport(page.getProject().id(), page.version(), reportId, handledOn),
                "workspace.report.received")) {
            handledOn = LocalDate.now(Clocks.DANISH_TIME); // the form stays open: approving is usually next
        }
    }

    public void approve() {
        long reportId = handlingId;
        if (page.change(() -> projects.approveReport(page.getProject().id(), page.version(), reportId, handledOn, comment),
                "workspace.report.approved")) {
            cancel();
        }
    }

    public void returnForChanges() {
        long reportId = handlingId;
        if (page.change(() -> projects.returnReport(page.getProject().id(), page.version(), reportId, handledOn, comment),
                "workspace.report.returned")) {
            cancel();
        }
    }

    public void cancel() {
        handlingId = null;
        handledOn = null;
        comment = null;
    }

    /** The report being handled, as saved now. */
    public ReportView getHandling() {
        return handlingId == null ? null : page.getProject().report(handlingId);
    }

    /** Received can be recorded for a report not yet in (due or returned); a decision only for one received. */
    public boolean canReceive(ReportView report) {
        return report != null && (report.status() == ReportStatus.DUE || report.status() == ReportStatus.RETURNED);
    }

    public boolean canDecide(ReportView report) {
        return report != null && report.status() == ReportStatus.SUBMITTED;
    }

    public void addMilestone() {
        if (page.change(() -> projects.addMilestone(page.getProject().id(), page.version(), milestoneTitle, milestoneDue),
                "workspace.milestone.added")) {
            milestoneTitle = null;
            milestoneDue = null;
        }
    }

    public void reach(MilestoneView milestone) {
        page.change(() -> projects.reachMilestone(page.getProject().id(), page.version(), milestone.id(),
                LocalDate.now(Clocks.DANISH_TIME)), "workspace.milestone.reached", milestone.title());
    }

    public ReportType[] getTypes() {
        return ReportType.values();
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Long getHandlingId() {
        return handlingId;
    }

    public LocalDate getHandledOn() {
        return handledOn;
    }

    public void setHandledOn(LocalDate handledOn) {
        this.handledOn = handledOn;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }
}

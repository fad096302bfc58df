package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.Timeline;
import dk.pulje.application.dashboard.TimelineDeadline;
import dk.pulje.application.dashboard.TimelineProject;
import dk.pulje.application.dashboard.TimelineService;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /dashboards/timeline.xhtml} (issue 11): the project periods of the filtered portfolio on a PrimeFaces
 * timeline (one row per project, today's line, the report deadlines as points), and the same as a table for those
 * who do not see or cannot operate the timeline. The service limits the projects in SQL; the page says so.
 */
@Named
@RequestScoped
public class TimelineBacking {

    @Inject
    private DashboardFilters filters;

    @Inject
    private TimelineService service;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private String export;
    private Timeline timeline;
    private TimelineModel<String, String> model;

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }

    public void load() {
        DashboardExports.sendIfAsked(export, this::table);
    }

    public Timeline getTimeline() {
        if (timeline == null) {
            timeline = service.timeline(filters.getFilter());
        }
        return timeline;
    }

    public LocalDateTime getWindowStart() {
        return getTimeline().windowStart().atStartOfDay();
    }

    public LocalDateTime getWindowEnd() {
        return getTimeline().windowEnd().plusDays(1).atStartOfDay();
    }

    /**
     * One group per project (its title); its period as a range (to the end of its last day); a period known at one
     * end only as a box at that date; each report deadline as a point whose text says the type, the date and, when it
     * is overdue, that it is (so colour is not the only signal).
     */
    public TimelineModel<String, String> getModel() {
        if (model == null) {
            model = new TimelineModel<>();
            for (TimelineProject p : getTimeline().projects()) {
                String group = Long.toString(p.projectId());
                model.addGroup(new TimelineGroup<>(group, p.title()));
                LocalDate from = p.start() != null ? p.start() : p.end();
                TimelineEvent.Builder<String> period = TimelineEvent.<String>builder().id("period-" + p.projectId()).group(group)
                        .data(fmt.period(p.start(), p.end())).title(p.title() + ": " + fmt.period(p.start(), p.end()))
                        .editable(false).startDate(from).styleClass("pulje-timeline-period");
                if (p.start() != null && p.end() != null) {
                    period.endDate(p.end().plusDays(1));
                } else {
                    period.type("box");
                }
                model.add(period.build());
            }
            for (TimelineDeadline d : getTimeline().deadlines()) {
                String text = deadlineText(d);
                model.add(TimelineEvent.<String>builder().id("report-" + d.reportId()).group(Long.toString(d.projectId()))
                        .data(text).title(text).editable(false).startDate(d.dueDate()).type("point")
                        .styleClass(d.overdue() ? "pulje-timeline-overdue" : "pulje-timeline-deadline").build());
            }
        }
        return model;
    }

    public String deadlineText(TimelineDeadline d) {
        return messages.text(d.overdue() ? "dashboard.timeline.deadline.overdue" : "dashboard.timeline.deadline",
                fmt.label(d.type()), fmt.date(d.dueDate()));
    }

    /** The projects behind the timeline: the project list with the same filters (E's drill-down contract). */
    public String getProjectsLink() {
        String query = filters.getQuery();
        return contextPath() + "/projects/list.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    public String exportLink(String format) {
        return DashboardExports.link(contextPath(), "timeline", filters.getQuery(), ExportFormat.valueOf(format));
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    ExportTable table() {
        List<List<Object>> rows = getTimeline().projects().stream().map(p -> Arrays.<Object>asList(p.title(), p.fundName(),
                fmt.label(p.status()), p.start(), p.end(), p.nextReport(), p.overdueReports())).toList();
        return new ExportTable("tidslinje", messages.text("dashboard.timeline.table.title"), List.of(
                ExportColumn.text(messages.text("dashboard.timeline.column.project")),
                ExportColumn.text(messages.text("dashboard.timeline.column.fund")),
                ExportColumn.text(messages.text("dashboard.timeline.column.status")),
                ExportColumn.date(messages.text("dashboard.timeline.column.start")),
                ExportColumn.date(messages.text("dashboard.timeline.column.end")),
                ExportColumn.date(messages.text("dashboard.timeline.column.nextReport")),
                ExportColumn.integer(messages.text("dashboard.timeline.column.overdue"))), rows);
    }
}

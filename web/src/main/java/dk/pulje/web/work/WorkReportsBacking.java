package dk.pulje.web.work;

import dk.pulje.application.worklist.DueReport;
import dk.pulje.application.worklist.ReportSort;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.web.support.export.Amounts;
import dk.pulje.web.support.export.ListExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Backs {@code /work/reports.xhtml}: reports due within the horizon and overdue ones, with whom to ask. */
@Named
@ViewScoped
public class WorkReportsBacking extends WorkListBacking<DueReport, ReportSort> {

    private static final long serialVersionUID = 1L;

    static final Map<String, ReportSort> COLUMNS = Map.of("dueDate", ReportSort.DUE_DATE, "type", ReportSort.TYPE,
            "projectTitle", ReportSort.PROJECT, "ownerName", ReportSort.OWNER, "fundName", ReportSort.FUND);

    @Inject
    private WorkListService service;

    public WorkReportsBacking() {
        super(COLUMNS);
    }

    @PostConstruct
    void init() {
        init(service, new WorkLazyDataModel<>(new Source(service), COLUMNS, ReportSort.DUE_DATE, true));
    }

    static final ListExport<DueReport> EXPORT = ListExport.<DueReport>named("rapporter", "Rapporter")
            .date("work.reports.column.dueDate", DueReport::dueDate)
            .text("work.reports.column.type", DueReport::type)
            .text("work.column.project", DueReport::projectTitle)
            .text("work.column.owner", DueReport::ownerName)
            .text("work.column.fund", DueReport::fundName)
            .text("work.reports.column.contact", DueReport::contactName);

    @Override
    protected ListExport<DueReport> exportColumns() {
        return EXPORT;
    }

    @Override
    protected String path() {
        return "/work/reports.xhtml";
    }

    public boolean overdue(DueReport row) {
        return row.overdueOn(getToday());
    }

    private record Source(WorkListService service) implements WorkLazyDataModel.Source<DueReport, ReportSort> {
        @Override
        public long count(WorkListSearch<ReportSort> search) {
            return service.countReports(search);
        }

        @Override
        public List<DueReport> rows(WorkListSearch<ReportSort> search) {
            return service.reports(search);
        }

        @Override
        public long key(DueReport row) {
            return row.reportId();
        }
    }
}

package dk.pulje.web.my;

import dk.pulje.application.portal.MyProject;
import dk.pulje.application.portal.PortalService;
import dk.pulje.web.support.export.Amounts;
import dk.pulje.web.support.export.LazyWindows;
import dk.pulje.web.support.export.ListDownloads;
import dk.pulje.web.support.export.ListExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /my/projects.xhtml}, the applicant's start page: their organisation's projects, owned and as partner,
 * paged in the database (the order is fixed: what is overdue first, then the next deadline).
 */
@Named
@ViewScoped
public class MyProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalService portal;

    @Inject
    private ListDownloads downloads;

    /** The list's download: the applicant's own projects only (the same service call as the table). */
    static final ListExport<MyProject> EXPORT = ListExport.<MyProject>named("mine-projekter", "Mine projekter")
            .text("my.projects.column.project", MyProject::title)
            .text("projects.list.column.fund", MyProject::fundName)
            .text("projects.list.column.owner", MyProject::ownerName)
            .text("my.projects.column.status", MyProject::status)
            .money("my.projects.column.granted", p -> Amounts.of(p.granted()))
            .money("my.projects.column.paid", p -> Amounts.of(p.paid()))
            .date("my.projects.column.next", MyProject::nextDeadline);

    private LazyDataModel<MyProject> rows;
    private LocalDate today;

    @PostConstruct
    void init() {
        today = portal.today();
        rows = new Rows(portal);
    }

    /** View action: {@code ?export=CSV|XLSX} sends all the organisation's projects, page by page. */
    public void export() {
        downloads.sendIfAsked(EXPORT, () -> EXPORT.paged(LazyWindows.of(rows, Map.of(), Map.of())));
    }

    public LazyDataModel<MyProject> getRows() {
        return rows;
    }

    public LocalDate getToday() {
        return today;
    }

    /** The table's window, asked of the database; the order is the service's. */
    private static final class Rows extends LazyDataModel<MyProject> {

        private static final long serialVersionUID = 1L;

        private final PortalService portal;

        Rows(PortalService portal) {
            this.portal = portal;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(portal.countMyProjects());
        }

        @Override
        public List<MyProject> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return portal.myProjects(first, pageSize);
        }

        @Override
        public String getRowKey(MyProject row) {
            return Long.toString(row.projectId());
        }
    }
}

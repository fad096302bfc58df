package dk.pulje.web.my;

import dk.pulje.application.portal.MyProject;
import dk.pulje.application.portal.PortalService;
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

    private LazyDataModel<MyProject> rows;
    private LocalDate today;

    @PostConstruct
    void init() {
        today = portal.today();
        rows = new Rows(portal);
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

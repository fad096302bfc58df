package dk.pulje.web.work;

import dk.pulje.application.worklist.GrantSort;
import dk.pulje.application.worklist.UnplannedGrant;
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

/** Backs {@code /work/grants.xhtml}: grants whose payment plan does not yet cover the granted amount, most left first. */
@Named
@ViewScoped
public class WorkGrantsBacking extends WorkListBacking<UnplannedGrant, GrantSort> {

    private static final long serialVersionUID = 1L;

    static final Map<String, GrantSort> COLUMNS = Map.of("unplanned", GrantSort.UNPLANNED, "granted", GrantSort.GRANTED,
            "projectTitle", GrantSort.PROJECT, "ownerName", GrantSort.OWNER, "fundName", GrantSort.FUND);

    @Inject
    private WorkListService service;

    public WorkGrantsBacking() {
        super(COLUMNS);
    }

    @PostConstruct
    void init() {
        init(service, new WorkLazyDataModel<>(new Source(service), COLUMNS, GrantSort.UNPLANNED, false));
    }

    static final ListExport<UnplannedGrant> EXPORT = ListExport.<UnplannedGrant>named("bevillinger-uden-plan", "Bevillinger")
            .text("work.column.project", UnplannedGrant::projectTitle)
            .text("work.column.owner", UnplannedGrant::ownerName)
            .text("work.column.fund", UnplannedGrant::fundName)
            .money("work.grants.column.granted", g -> Amounts.of(g.granted()))
            .money("work.grants.column.planned", g -> Amounts.of(g.planned()))
            .money("work.grants.column.unplanned", g -> Amounts.of(g.unplanned()));

    @Override
    protected ListExport<UnplannedGrant> exportColumns() {
        return EXPORT;
    }

    @Override
    protected String path() {
        return "/work/grants.xhtml";
    }

    private record Source(WorkListService service) implements WorkLazyDataModel.Source<UnplannedGrant, GrantSort> {
        @Override
        public long count(WorkListSearch<GrantSort> search) {
            return service.countUnplannedGrants(search);
        }

        @Override
        public List<UnplannedGrant> rows(WorkListSearch<GrantSort> search) {
            return service.unplannedGrants(search);
        }

        @Override
        public long key(UnplannedGrant row) {
            return row.grantId();
        }
    }
}

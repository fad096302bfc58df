package dk.pulje.web.projects;

import dk.pulje.application.project.FundOption;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs {@code /projects/list.xhtml}: the paged, sortable, filterable project list. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectCatalogService catalog;

    private ProjectLazyDataModel projects;
    private List<FundOption> funds;
    /** Pre-selects the fund filter when the page is opened from a start-page card ({@code ?fund=ID}). */
    private Long fund;

    @PostConstruct
    void init() {
        projects = new ProjectLazyDataModel(catalog);
        funds = catalog.funds();
    }

    public ProjectLazyDataModel getProjects() {
        return projects;
    }

    public List<FundOption> getFunds() {
        return funds;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public Long getFund() {
        return fund;
    }

    public void setFund(Long fund) {
        this.fund = fund;
    }
}

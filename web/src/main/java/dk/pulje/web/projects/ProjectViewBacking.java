package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** Backs {@code /projects/view.xhtml?id=N}: one project, read-only. An unknown id answers 404. */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectCatalogService catalog;

    private Long id;
    private ProjectDetail project;

    public void load() throws IOException {
        project = id == null ? null : catalog.detail(id).orElse(null);
        if (project == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Project not found");
            faces.responseComplete();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectDetail getProject() {
        return project;
    }
}

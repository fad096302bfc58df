package dk.pulje.web.projects;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /projects/view.xhtml?id=N}: one project with all its parts and its history, read-only. Unknown id: 404. */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectDetailService details;

    @Inject
    private ProjectHistoryService histories;

    /** As typed in the address: anything that is not a number is simply not found. */
    private String id;
    private ProjectDetail project;
    private List<ProjectChange> history;

    public void load() throws IOException {
        Long projectId = parse(id);
        project = projectId == null ? null : details.detail(projectId).orElse(null);
        if (project == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Project not found");
            faces.responseComplete();
            return;
        }
        history = histories.history(projectId);
    }

    private static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProjectDetail getProject() {
        return project;
    }

    public List<ProjectChange> getHistory() {
        return history;
    }
}

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
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;

/** Backs {@code /projects/view.xhtml?id=N}: one project with all its parts and its history, read-only. Unknown id: 404. */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectDetailService details;

    @Inject
    private ProjectHistoryService histories;

    /** The page's tabs in their order, by the names the address uses ({@code ?id=7&tab=finances}). */
    static final List<String> TABS = List.of("overview", "people", "content", "finances", "reports", "history");

    /** As typed in the address: anything that is not a number is simply not found. */
    private String id;
    private ProjectDetail project;
    private List<ProjectChange> history;
    /** The open tab; an unknown name opens the first. */
    private String tab;

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

    /** A tab opened by a click: remember it and give the browser the address that opens it again (reload, bookmark, language). */
    public void tabChanged(TabChangeEvent<?> event) {
        setTab(event.getTab().getId());
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/projects/view.xhtml";
        PrimeFaces.current().ajax().addCallbackParam("address", path + "?id=" + project.id()
                + ("overview".equals(tab) ? "" : "&tab=" + tab));
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab != null && TABS.contains(tab) ? tab : null;
    }

    public int getTabIndex() {
        return tab == null ? 0 : TABS.indexOf(tab);
    }

    /** PrimeFaces writes the index back on a tab change; the listener above has already taken the name. */
    public void setTabIndex(int index) {
        if (index >= 0 && index < TABS.size()) {
            tab = TABS.get(index);
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

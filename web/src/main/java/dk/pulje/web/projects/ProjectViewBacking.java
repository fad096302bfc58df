package dk.pulje.web.projects;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /projects/view.xhtml?id=N}: one project with all its parts and its history. Unknown id: 404. Everyone who
 * may read the project sees it; its fund's administrators also edit it, tab by tab (the *EditBacking beans of this
 * package), each change a command with the version shown here, after which the page reads the project again.
 */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectDetailService details;

    @Inject
    private dk.pulje.web.support.pdf.PdfDownloads pdfs;

    @Inject
    private ProjectHistoryService histories;

    @Inject
    private Messages messages;

    /** The page's tabs in their order, by the names the address uses ({@code ?id=7&tab=finances}). */
    static final List<String> TABS = List.of("overview", "people", "content", "finances", "reports", "history");

    /** As typed in the address: anything that is not a number is simply not found. */
    private String id;
    private ProjectDetail project;
    /**
     * Transient: its values are typed Object (Money, dates, enums, text) and it is read again from the audit trail
     * when the view comes back on another node (issue 14, two servers).
     */
    private transient List<ProjectChange> history;
    /** The open tab; an unknown name opens the first. */
    private String tab;

    /** Someone else saved the project since it was opened: the page offers a reload. */
    private boolean stale;

    public void load() throws IOException {
        if (project != null) {
            return; // a postback of the open view keeps what was typed
        }
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

    /**
     * View action after {@link #load}: {@code ?id=N&export=PDF} sends the project sheet of what this caller may read
     * (a project they may not read was a 404 in {@code load}).
     */
    public void export() {
        if (project != null && dk.pulje.web.support.pdf.PdfDownloads.asked()) {
            pdfs.project(project);
        }
    }

    private static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Runs one change of the project, and tells the editor how it went: done (the project is read again, with its new
     * version and history), refused by a rule (what was typed stays, the message says what is wrong), or overtaken
     * by someone else's save ("X changed this at T", with a reload). Returns whether the change was saved.
     */
    public boolean change(Runnable command, String doneKey, Object... arguments) {
        try {
            command.run();
            refresh();
            messages.info(doneKey, arguments);
            return true;
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
        FacesContext.getCurrentInstance().validationFailed(); // keeps the typed values in the inputs
        return false;
    }

    /** A field the command cannot do without was left empty: said before anything is sent. */
    public void requiredMissing(String key) {
        messages.errorText(key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The project as saved now, after a change. */
    public void refresh() {
        project = details.detail(project.id()).orElseThrow();
        history = histories.history(project.id());
    }

    public boolean isStale() {
        return stale;
    }

    /** The version of the project the editor sees, which travels with every change. */
    public long version() {
        return project.version();
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

    /** The tab changes in the browser (pulje.js); nothing comes back to be written. */
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

    /**
     * The page as an applicant reads it (issue 10): their way back is "Mine projekter", and they see what waits on
     * their reports (a tranche held, a report returned with the fund's reasons). The fund's internal note never
     * reaches them: ProjectDetailService and ProjectHistoryService leave it out for callers who may not read it.
     */
    public boolean isApplicantView() {
        return project != null && !project.changeable()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(dk.pulje.domain.model.account.Roles.APPLICANT);
    }

    public ProjectDetail getProject() {
        return project;
    }

    public List<ProjectChange> getHistory() {
        if (history == null && project != null) {
            history = histories.history(project.id());
        }
        return history;
    }
}

package dk.pulje.web.projects;

import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.application.project.ChangeProjectDetails;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** The overview tab's form: the project's details and the fund's internal note, saved together. */
@Named
@ViewScoped
public class OverviewEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private ProjectService projects;

    @Inject
    private OrganisationPicker picker;

    private boolean filled;
    private String title;
    private String description;
    private OrganisationSummary owner;
    private LocalDate startDate;
    private LocalDate endDate;
    private String town;
    private String municipality;
    private Money totalSum;
    private String internalNote;

    /** The form holds the project as saved until the editor changes it; filled once, and again after a save. */
    private void fill() {
        if (filled) {
            return;
        }
        ProjectDetail p = page.getProject();
        title = p.title();
        description = p.description();
        owner = p.ownerId() == null ? null
                : picker.remember(new OrganisationSummary(p.ownerId(), 0, p.ownerName(), null, null, null));
        startDate = p.startDate();
        endDate = p.endDate();
        town = p.town();
        municipality = p.municipality();
        totalSum = p.totalSum();
        internalNote = p.internalNote();
        filled = true;
    }

    public void save() {
        ProjectDetail p = page.getProject();
        if (page.change(() -> projects.changeOverview(new ChangeProjectDetails(p.id(), page.version(), title, description,
                owner == null ? null : owner.id(), startDate, endDate, town, municipality, totalSum), internalNote),
                "workspace.overview.saved")) {
            filled = false;
        }
    }

    public String getTitle() {
        fill();
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        fill();
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OrganisationSummary getOwner() {
        fill();
        return owner;
    }

    public void setOwner(OrganisationSummary owner) {
        this.owner = owner;
    }

    public LocalDate getStartDate() {
        fill();
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        fill();
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getTown() {
        fill();
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getMunicipality() {
        fill();
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Money getTotalSum() {
        fill();
        return totalSum;
    }

    public void setTotalSum(Money totalSum) {
        this.totalSum = totalSum;
    }

    public String getInternalNote() {
        fill();
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}

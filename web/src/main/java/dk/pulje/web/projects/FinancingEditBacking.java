package dk.pulje.web.projects;

import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.application.project.ProjectDetail.FinancingLineView;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.FinancingKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The financing sources: the grant and the co-financing, each with its kind, contributor and amount (which may be
 * unknown). One form adds a source or changes the one whose "Ret" was pressed; the summary (gap or surplus, the fund's
 * own-financing rule) is computed again from the saved lines after every change.
 */
@Named
@ViewScoped
public class FinancingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private ProjectService projects;

    @Inject
    private OrganisationPicker picker;

    /** The line being changed; null: a new one. */
    private Long lineId;
    private FinancingKind kind = FinancingKind.OWN_CASH;
    private OrganisationSummary contributor;
    private Money amount;
    private String note;

    public void edit(FinancingLineView line) {
        lineId = line.id();
        kind = line.kind();
        contributor = line.contributorId() == null ? null
                : picker.remember(new OrganisationSummary(line.contributorId(), 0, line.contributor(), null, null, null));
        amount = line.amount();
        note = line.note();
    }

    public void save() {
        long id = page.getProject().id();
        Long editing = lineId;
        Long contributorId = contributor == null ? null : contributor.id();
        if (page.change(() -> {
            if (editing == null) {
                projects.addFinancing(id, page.version(), kind, contributorId, amount, note);
            } else {
                projects.changeFinancing(id, page.version(), editing, kind, contributorId, amount, note);
            }
        }, "workspace.financing.saved")) {
            clear();
        }
    }

    public void remove(FinancingLineView line) {
        page.change(() -> projects.removeFinancing(page.getProject().id(), page.version(), line.id()),
                "workspace.financing.removed");
        clear();
    }

    public void clear() {
        lineId = null;
        kind = FinancingKind.OWN_CASH;
        contributor = null;
        amount = null;
        note = null;
    }

    public FinancingKind[] getKinds() {
        return FinancingKind.values();
    }

    public Long getLineId() {
        return lineId;
    }

    public FinancingKind getKind() {
        return kind;
    }

    public void setKind(FinancingKind kind) {
        this.kind = kind;
    }

    public OrganisationSummary getContributor() {
        return contributor;
    }

    public void setContributor(OrganisationSummary contributor) {
        this.contributor = contributor;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

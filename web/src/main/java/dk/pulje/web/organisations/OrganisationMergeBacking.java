package dk.pulje.web.organisations;

import dk.pulje.application.organisation.MergePreview;
import dk.pulje.application.organisation.OrganisationMergeService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The merge section of {@code /organisations/edit.xhtml}: find the duplicate as you type, see what would move, confirm.
 * The versions of both organisations as the confirmation showed them travel with the merge, so a change in between
 * is refused rather than merged unseen.
 */
@Named
@ViewScoped
public class OrganisationMergeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 10;

    @Inject
    private OrganisationService organisations;

    @Inject
    private OrganisationMergeService merges;

    @Inject
    private OrganisationEditBacking page;

    @Inject
    private Messages messages;

    private String text;
    private List<OrganisationSummary> candidates = List.of();
    private MergePreview preview;

    public void search() {
        long kept = page.getOrganisation().id();
        candidates = organisations.search(text, CANDIDATES + 1).stream().filter(o -> o.id() != kept)
                .limit(CANDIDATES).toList();
    }

    public void choose(OrganisationSummary duplicate) {
        try {
            preview = merges.preview(page.getOrganisation().id(), duplicate.id());
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public void cancel() {
        preview = null;
    }

    public String merge() {
        try {
            merges.merge(preview.kept().id(), preview.kept().version(), preview.duplicate().id(),
                    preview.duplicate().version());
            messages.info("organisation.merge.done", preview.duplicate().name(), preview.kept().name());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/organisations/edit?faces-redirect=true&id=" + preview.kept().id();
        } catch (ConcurrentChange e) {
            page.markStale();
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
        return null;
    }

    /** "Læg X sammen med Y?": which one disappears and which one stays, in the confirmation's first line. */
    public String getQuestion() {
        return messages.text("merge.question", preview.duplicate().name(), preview.kept().name());
    }

    public String getNamesNote() {
        return messages.text("merge.names", preview.duplicate().name(), preview.kept().name());
    }

    /** Why a fund administrator may not merge these two (docs/security.md). */
    public String getRefusal() {
        return preview.outsideCallerFunds() > 0
                ? messages.text("merge.refused.outside", preview.outsideCallerFunds())
                : messages.text("merge.refused.members", preview.members());
    }

    public boolean isTooShort() {
        return text == null || text.strip().length() < 2;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<OrganisationSummary> getCandidates() {
        return candidates;
    }

    public MergePreview getPreview() {
        return preview;
    }
}

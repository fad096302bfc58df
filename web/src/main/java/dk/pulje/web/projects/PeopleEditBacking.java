package dk.pulje.web.projects;

import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.application.project.ContactOption;
import dk.pulje.application.project.ProjectDetail.ContactView;
import dk.pulje.application.project.ProjectDetail.PartnerView;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.project.PartnerRole;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The partners-and-contacts tab: partners with their roles, and the project's contacts with theirs. */
@Named
@ViewScoped
public class PeopleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private ProjectService projects;

    private OrganisationSummary partner;
    private PartnerRole partnerRole = PartnerRole.PARTICIPANT;
    private Long contactId;
    private String contactRole;
    private List<ContactOption> contactOptions;

    public void addPartner() {
        if (partner == null) {
            page.requiredMissing("workspace.partner.organisation.required");
            return;
        }
        String name = partner.name();
        if (page.change(() -> projects.addPartner(page.getProject().id(), page.version(), partner.id(), partnerRole),
                "workspace.partner.added", name)) {
            partner = null;
            contactOptions = null;
        }
    }

    public void removePartner(PartnerView removed) {
        page.change(() -> projects.removePartner(page.getProject().id(), page.version(), removed.id()),
                "workspace.partner.removed", removed.organisation());
        contactOptions = null;
    }

    public void addContact() {
        if (contactId == null) {
            page.requiredMissing("workspace.contact.person.required");
            return;
        }
        if (page.change(() -> projects.addContact(page.getProject().id(), page.version(), contactId, contactRole),
                "workspace.contact.added")) {
            contactId = null;
            contactRole = null;
        }
    }

    public void removeContact(ContactView removed) {
        page.change(() -> projects.removeContact(page.getProject().id(), page.version(), removed.position()),
                "workspace.contact.removed", removed.name());
    }

    /** The owner's and the partners' contact persons. */
    public List<ContactOption> getContactOptions() {
        if (contactOptions == null) {
            contactOptions = projects.contactOptions(page.getProject().id());
        }
        return contactOptions;
    }

    public PartnerRole[] getRoles() {
        return PartnerRole.values();
    }

    public OrganisationSummary getPartner() {
        return partner;
    }

    public void setPartner(OrganisationSummary partner) {
        this.partner = partner;
    }

    public PartnerRole getPartnerRole() {
        return partnerRole;
    }

    public void setPartnerRole(PartnerRole partnerRole) {
        this.partnerRole = partnerRole;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }
}

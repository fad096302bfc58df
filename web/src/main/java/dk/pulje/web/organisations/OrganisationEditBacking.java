package dk.pulje.web.organisations;

import dk.pulje.application.organisation.ContactSummary;
import dk.pulje.application.organisation.OrganisationDetail;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /organisations/edit.xhtml}: without {@code ?id} a new organisation; with it, its fields, aliases,
 * contact persons and the projects it owns or takes part in. Every change carries the version the editor opened; a
 * refused change keeps what was typed. The merge of a duplicate lives in {@link OrganisationMergeBacking}.
 */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private String id;
    /** The organisation as saved when the page was opened or last saved; null while a new one is typed. */
    private OrganisationDetail organisation;
    private OrganisationForm form;
    private boolean stale;
    private boolean loaded;

    private String newAlias;
    private ContactForm contact = new ContactForm();

    public void load() throws IOException {
        if (loaded) {
            return; // a postback of the open view keeps what was typed
        }
        if (id == null || id.isBlank()) {
            form = new OrganisationForm();
            loaded = true;
            return;
        }
        Long organisationId = PageIds.parse(id);
        organisation = organisationId == null ? null : organisations.organisation(organisationId).orElse(null);
        if (organisation == null) {
            PageIds.notFound();
            return;
        }
        form = OrganisationForm.of(organisation);
        loaded = true;
    }

    /** Re-reads the saved organisation after a change of its own (aliases, contacts, a merge). */
    void refresh() {
        organisation = organisations.organisation(organisation.id()).orElseThrow();
    }

    public String save() {
        try {
            if (organisation == null) {
                long created = organisations.register(form.toNew());
                messages.info("organisation.created", form.getName());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/organisations/edit?faces-redirect=true&id=" + created;
            }
            organisations.change(form.toChange(organisation));
            refresh();
            form = OrganisationForm.of(organisation);
            messages.info("organisation.saved", organisation.name());
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
        return null;
    }

    public void addAlias() {
        try {
            organisations.addAlias(organisation.id(), organisation.version(), newAlias);
            refresh();
            messages.info("organisation.alias.added", newAlias.strip());
            newAlias = null;
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public void removeAlias(String alias) {
        try {
            organisations.removeAlias(organisation.id(), organisation.version(), alias);
            refresh();
            messages.info("organisation.alias.removed", alias);
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /** Puts a contact person into the form below the table, to be changed there. */
    public void editContact(ContactSummary person) {
        contact = ContactForm.of(person);
    }

    public void cancelContact() {
        contact = new ContactForm();
    }

    public void saveContact() {
        try {
            if (contact.isAdding()) {
                organisations.addContact(organisation.id(), contact.toDetails());
                messages.info("organisation.contact.added", contact.getName());
            } else {
                organisations.changeContact(contact.getId(), contact.getVersion(), contact.toDetails());
                messages.info("organisation.contact.saved", contact.getName());
            }
            refresh();
            contact = new ContactForm();
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public void removeContact(ContactSummary person) {
        try {
            organisations.removeContact(person.id(), person.version());
            refresh();
            messages.info("organisation.contact.removed", person.name());
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /** Projects the organisation has in funds the reader does not see: counted, not listed. */
    public String getOtherProjectsText() {
        return messages.text("organisation.projects.other", organisation.otherProjects());
    }

    public boolean isCreating() {
        return organisation == null;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public OrganisationDetail getOrganisation() {
        return organisation;
    }

    public List<ContactSummary> getContacts() {
        return organisation == null ? List.of() : organisation.contacts();
    }

    public OrganisationForm getForm() {
        return form;
    }

    public boolean isStale() {
        return stale;
    }

    void markStale() {
        stale = true;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNewAlias() {
        return newAlias;
    }

    public void setNewAlias(String newAlias) {
        this.newAlias = newAlias;
    }

    public ContactForm getContact() {
        return contact;
    }
}

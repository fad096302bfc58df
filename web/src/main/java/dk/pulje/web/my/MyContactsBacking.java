package dk.pulje.web.my;

import dk.pulje.application.organisation.ContactSummary;
import dk.pulje.application.portal.ApplicantContactService;
import dk.pulje.application.portal.MyOrganisation;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.organisations.ContactForm;
import dk.pulje.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /my/contacts.xhtml}: the applicant keeps their organisation's contact persons current. With several
 * organisations, {@code ?org=} chooses one (any other id is refused by the service, like a forged one).
 */
@Named
@ViewScoped
public class MyContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantContactService service;

    @Inject
    private Messages messages;

    private Long org;
    private List<MyOrganisation> organisations;
    private MyOrganisation organisation;
    private List<ContactSummary> contacts;
    private ContactForm contact = new ContactForm();
    private boolean stale;

    @PostConstruct
    void init() {
        organisations = service.organisations();
    }

    /** The view action: the organisation asked for, or the first of the caller's. */
    public void load() throws java.io.IOException {
        organisation = organisations.stream().filter(o -> org == null || o.id() == org).findFirst().orElse(null);
        if (organisation == null && org != null) {
            dk.pulje.web.support.PageIds.notFound();
            return;
        }
        refresh();
    }

    private void refresh() {
        contacts = organisation == null ? List.of() : service.contacts(organisation.id());
    }

    public void edit(ContactSummary person) {
        contact = ContactForm.of(person);
    }

    public void cancel() {
        contact = new ContactForm();
    }

    public void save() {
        try {
            if (contact.isAdding()) {
                service.add(organisation.id(), contact.toDetails());
                messages.info("organisation.contact.added", contact.getName());
            } else {
                service.change(contact.getId(), contact.getVersion(), contact.toDetails());
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

    public void remove(ContactSummary person) {
        try {
            service.remove(person.id(), person.version());
            refresh();
            messages.info("organisation.contact.removed", person.name());
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public List<MyOrganisation> getOrganisations() {
        return organisations;
    }

    public MyOrganisation getOrganisation() {
        return organisation;
    }

    public List<ContactSummary> getContacts() {
        return contacts;
    }

    public ContactForm getContact() {
        return contact;
    }

    public boolean isStale() {
        return stale;
    }
}

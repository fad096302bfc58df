package dk.pulje.application.portal;

import dk.pulje.application.organisation.ContactDetails;
import dk.pulje.application.organisation.ContactSummary;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.SecurityLog;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The applicant keeps their own organisation's contact persons current: add, change, remove. Every command first checks
 * that the caller belongs to the organisation (of the contact); another organisation's id, or another organisation's
 * contact, is "not found" (a forged id learns nothing) and logged. The rules are those the administrators'
 * OrganisationService keeps: the person's own in {@link ContactPerson}, a project's contact is not removed, and the
 * version the editor saw must still be current. ContactPerson is audited (V8), so the trail names the applicant.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class ApplicantContactService {

    private static final String CONTACT = "subject.contact";
    private static final String ORGANISATION = "subject.organisation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ConcurrencyGuard guard;

    /** The organisations the caller belongs to, by name. */
    public List<MyOrganisation> organisations() {
        CallerScope scope = scopes.current();
        if (scope.organisations().isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select new dk.pulje.application.portal.MyOrganisation(o.id, o.version, o.name)
                        from Organisation o where o.id in (:ids) order by lower(o.name), o.id""", MyOrganisation.class)
                .setParameter("ids", List.copyOf(scope.organisations())).getResultList();
    }

    /** The organisation's contact persons, with how many projects name each. */
    public List<ContactSummary> contacts(long organisationId) {
        requireMember(organisationId, ORGANISATION, organisationId);
        return em.createQuery("""
                select new dk.pulje.application.organisation.ContactSummary(c.id, c.version, c.name, c.jobTitle, c.email,
                       c.phone, (select count(p) from Project p join p.contacts pc where pc.person = c))
                from ContactPerson c where c.organisation.id = :id order by lower(c.name), c.id""", ContactSummary.class)
                .setParameter("id", organisationId).getResultList();
    }

    public long add(long organisationId, @NotNull @Valid ContactDetails contact) {
        requireMember(organisationId, ORGANISATION, organisationId);
        ContactPerson person = new ContactPerson(Entities.find(em, Organisation.class, organisationId, ORGANISATION),
                contact.name(), contact.jobTitle(), contact.email(), contact.phone());
        em.persist(person);
        em.flush();
        return person.getId();
    }

    public void change(long contactId, long expectedVersion, @NotNull @Valid ContactDetails contact) {
        ContactPerson person = guard.requireVersion(ownContact(contactId), expectedVersion, CONTACT);
        person.change(contact.name(), contact.jobTitle(), contact.email(), contact.phone());
        guard.flush(person, CONTACT);
    }

    /** One who is a project's contact is not removed (contact.inProjects): the fund must know whom to call. */
    public void remove(long contactId, long expectedVersion) {
        ContactPerson person = guard.requireVersion(ownContact(contactId), expectedVersion, CONTACT);
        long projects = em.createQuery("select count(p) from Project p join p.contacts pc where pc.person = :person",
                Long.class).setParameter("person", person).getSingleResult();
        if (projects > 0) {
            throw new RuleViolation("contact.inProjects", person.getName(), projects);
        }
        em.remove(person);
        guard.flush(person, CONTACT);
    }

    private ContactPerson ownContact(long contactId) {
        ContactPerson person = Entities.find(em, ContactPerson.class, contactId, CONTACT);
        requireMember(person.getOrganisation().getId(), CONTACT, contactId);
        return person;
    }

    private void requireMember(long organisationId, String subject, long askedId) {
        CallerScope scope = scopes.current();
        if (!scope.belongsTo(organisationId)) {
            securityLog.record(SecurityEventType.ACCESS_DENIED, scope.username(), null, null,
                    "security.detail.contactChange", askedId);
            throw new RuleViolation("entity.notFound", new MessageKey(subject), askedId);
        }
    }
}

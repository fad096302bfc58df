package dk.pulje.it.portal;

import dk.pulje.application.organisation.ContactDetails;
import dk.pulje.application.organisation.ContactSummary;
import dk.pulje.application.portal.ApplicantContactService;
import dk.pulje.application.portal.MyOrganisation;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant keeps their own organisation's contact persons current (committed, each command in its own
 * transaction, as from the page): the organisation's rules hold, the audit trail names the applicant, another
 * organisation's id or contact is not found whatever the command, and no other role may call it.
 */
@PuljeIntegrationTest
class ApplicantContactServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ApplicantContactServiceIT.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    ApplicantContactService contacts;

    private final String token = "Kontakt " + UUID.randomUUID().toString().substring(0, 8);

    private long organisation(String name) {
        return ((Number) em.createNativeQuery("select id from organisation where name = ?1").setParameter(1, name)
                .getSingleResult()).longValue();
    }

    /**
     * The seed's contact by name: the first of that name, as the seed is loaded before any test runs (other tests
     * create namesakes, e.g. a "Loke Andersen" in an organisation of their own).
     */
    private long contactNamed(String name) {
        return ((Number) em.createNativeQuery("select min(id) from contact_person where name = ?1").setParameter(1, name)
                .getSingleResult()).longValue();
    }

    private ContactSummary find(long organisation, long id) {
        return DemoUser.RANDERS.call0(() -> contacts.contacts(organisation)).stream().filter(c -> c.id() == id)
                .findFirst().orElse(null);
    }

    @Test
    void randersAddsChangesAndRemovesRandersBibliotekContactsAndTheTrailNamesThem() throws Exception {
        long randers = organisation("Randers Bibliotek");
        assertEquals(List.of(randers), DemoUser.RANDERS.call(contacts::organisations).stream().map(MyOrganisation::id).toList());

        long id = DemoUser.RANDERS.call(() -> contacts.add(randers,
                new ContactDetails(token + " Hansen", "Bibliotekar", "hansen@randersbib.dk", "87 10 68 00")));
        ContactSummary added = find(randers, id);
        assertEquals("Bibliotekar", added.jobTitle());
        assertEquals(0, added.projects());

        DemoUser.RANDERS.call(() -> {
            contacts.change(id, added.version(), new ContactDetails(token + " Hansen", "Udviklingschef", "hansen@randersbib.dk", "87 10 68 01"));
            return null;
        });
        ContactSummary changed = find(randers, id);
        assertEquals("Udviklingschef", changed.jobTitle());
        assertEquals("87 10 68 01", changed.phone());
        assertThrows(ConcurrentChange.class, () -> DemoUser.RANDERS.call(() -> {
            contacts.change(id, added.version(), new ContactDetails(token + " Hansen", "Gammel titel", null, null));
            return null;
        }), "the version the editor saw must still be current");

        RuleViolation email = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.call(() -> {
            contacts.change(id, changed.version(), new ContactDetails(token + " Hansen", "Udviklingschef", "ikke en adresse", null));
            return null;
        }));
        assertEquals("contact.emailInvalid", email.key());
        assertEquals("Udviklingschef", find(randers, id).jobTitle(), "nothing changed");

        DemoUser.RANDERS.call(() -> {
            contacts.remove(id, changed.version());
            return null;
        });
        assertEquals(null, find(randers, id));

        @SuppressWarnings("unchecked")
        List<Object[]> trail = em.createNativeQuery("""
                select a.revtype, r.changed_by from contact_person_aud a join audit_revision r on r.id = a.rev
                where a.id = ?1 order by a.rev""").setParameter(1, id).getResultList();
        assertEquals(List.of("0 randers", "1 randers", "2 randers"),
                trail.stream().map(row -> row[0] + " " + row[1]).toList(), "added, changed, removed: by randers");
    }

    @Test
    void aContactNamedOnAProjectIsNotRemoved() {
        long randers = organisation("Randers Bibliotek");
        long leader = contactNamed("Loke Andersen");
        ContactSummary before = find(randers, leader);
        assertTrue(before.projects() > 0);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.call(() -> {
            contacts.remove(leader, before.version());
            return null;
        }));
        assertEquals("contact.inProjects", refused.key());
        assertEquals(before, find(randers, leader), "still there, unchanged");
    }

    @Test
    void anotherOrganisationsIdOrContactIsNotFoundWhateverTheCommand() {
        long aarhus = organisation("Aarhus Kommunes Biblioteker");
        long aarhusContact = contactNamed("Sidsel Bech-Petersen");
        ContactSummary before = aarhusContactAsStored(aarhusContact);
        long contactsBefore = count("select count(*) from contact_person where organisation_id = ?1", aarhus);

        notFound(() -> DemoUser.RANDERS.call(() -> contacts.contacts(aarhus)));
        notFound(() -> DemoUser.RANDERS.call(() -> contacts.add(aarhus, new ContactDetails(token + " Indtrænger", null, null, null))));
        notFound(() -> DemoUser.RANDERS.call(() -> {
            contacts.change(aarhusContact, before.version(), new ContactDetails("Overtaget", null, null, null));
            return null;
        }));
        notFound(() -> DemoUser.RANDERS.call(() -> {
            contacts.remove(aarhusContact, before.version());
            return null;
        }));
        notFound(() -> DemoUser.RANDERS.call(() -> {
            contacts.remove(999_999_999L, 0);
            return null;
        }));

        assertEquals(contactsBefore, count("select count(*) from contact_person where organisation_id = ?1", aarhus), "nothing added");
        assertEquals(before, aarhusContactAsStored(aarhusContact), "nothing changed");
        assertTrue(count("select count(*) from security_event where username = 'randers' and event_type = 'ACCESS_DENIED'") > 0,
                "the attempts are logged");
    }

    @Test
    void onlyApplicantsKeepContactsHere() {
        long randers = organisation("Randers Bibliotek");
        for (DemoUser who : List.of(DemoUser.ADMIN, DemoUser.REGION, DemoUser.SYSADMIN)) {
            assertThrows(EJBAccessException.class, () -> who.call(() -> contacts.contacts(randers)), who.name());
            assertThrows(EJBAccessException.class, () -> who.call(() -> contacts.add(randers,
                    new ContactDetails(token + " " + who, null, null, null))), who.name());
            assertThrows(EJBAccessException.class, () -> who.call(() -> {
                contacts.remove(contactNamed("Loke Andersen"), 0);
                return null;
            }), who.name());
        }
    }

    private ContactSummary aarhusContactAsStored(long id) {
        Object[] row = (Object[]) em.createNativeQuery(
                "select id, version, name, job_title, email, phone from contact_person where id = ?1").setParameter(1, id).getSingleResult();
        return new ContactSummary(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], 0);
    }

    private long count(String sql, Object... arguments) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void notFound(Executable command) {
        RuleViolation refused = assertThrows(RuleViolation.class, command);
        assertEquals("entity.notFound", refused.key(), refused.getMessage());
    }
}

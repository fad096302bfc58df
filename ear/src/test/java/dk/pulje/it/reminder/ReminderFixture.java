package dk.pulje.it.reminder;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.it.support.TestFund;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Organisations, applicants and projects of the reminder tests' own, in the tests' fund (TestFund). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderFixture {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private TestFund testFund;

    public long organisation(String name) {
        Organisation organisation = new Organisation(name, OrganisationType.LIBRARY, "Randers");
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /** An applicant user of the organisation; email may be null, language "da" or "en". */
    public void applicant(long organisationId, String username, String name, String email, String language) {
        em.createNativeQuery("""
                insert into user_account (username, display_name, email, password_hash, password_changed_at, created_at,
                                          preferred_language)
                values (?1, ?2, ?3, 'not-a-hash', now(), now(), ?4)""")
                .setParameter(1, username).setParameter(2, name).setParameter(3, email).setParameter(4, language)
                .executeUpdate();
        em.createNativeQuery("insert into user_role (user_id, role) select id, 'APPLICANT' from user_account where username = ?1")
                .setParameter(1, username).executeUpdate();
        em.createNativeQuery("""
                insert into user_organisation (user_id, organisation_id) select id, ?2 from user_account where username = ?1""")
                .setParameter(1, username).setParameter(2, organisationId).executeUpdate();
    }

    /** A project of the organisation in the given status; the caller adds reports, milestones and contacts. */
    public long project(long organisationId, String title, ProjectStatus status, Consumer<Project> parts) {
        Fund fund = em.find(Fund.class, testFund.ensure());
        Project project = new Project(fund, null, title, ProjectType.DEVELOPMENT, status);
        project.assignOwner(em.find(Organisation.class, organisationId));
        em.persist(project);
        parts.accept(project);
        em.flush();
        return project.getId();
    }

    public long reportDue(long organisationId, String title, ReportType type, LocalDate due) {
        return project(organisationId, title, ProjectStatus.ACTIVE, p -> p.requireReport(type, due));
    }

    public void contact(long projectId, String name, String email) {
        Project project = em.find(Project.class, projectId);
        ContactPerson person = new ContactPerson(project.getOwner(), name, "Projektleder", email, null);
        em.persist(person);
        project.addContact(person, "Projektleder");
    }

    public int claimsFor(String recipient) {
        return ((Number) em.createNativeQuery("select count(*) from reminder_sent where recipient = ?1")
                .setParameter(1, recipient).getSingleResult()).intValue();
    }
}

package dk.pulje.it.organisation;

import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewFund;
import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.organisation.ChangeOrganisation;
import dk.pulje.application.organisation.ContactDetails;
import dk.pulje.application.organisation.MergePreview;
import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationDetail;
import dk.pulje.application.organisation.OrganisationMergeService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations, their aliases and contacts, and the merge of two duplicates, through the services and their rules. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class OrganisationServiceIT {

    private static final Locale DA = new Locale("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(OrganisationServiceIT.class, TestData.class, Cvrs.class);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationMergeService merges;

    @Inject
    ProjectService projects;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectHistoryService history;

    @Inject
    FundService funds;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void anOrganisationIsEditedAtTheVersionItsEditorSawWithItsCvrChecked() {
        String name = TestData.unique("Horsens Bibliotek");
        long id = organisations.register(new NewOrganisation(name, OrganisationType.LIBRARY, null, "Horsens", null,
                null, "DK"));
        OrganisationDetail opened = detail(id);
        String cvr = Cvrs.fresh();

        RuleViolation mistyped = assertThrows(RuleViolation.class, () -> organisations.change(change(opened,
                name, Cvrs.mistyped(cvr))));
        assertEquals("organisation.cvrCheckDigit", mistyped.key());
        assertEquals("CVR-nummeret " + Cvrs.mistyped(cvr) + " er ikke gyldigt: kontrolcifferet passer ikke. "
                + "Tjek for tastefejl.", mistyped.messageIn(DA));
        assertNull(detail(id).cvr(), "nothing of the refused change is saved");

        organisations.change(new ChangeOrganisation(id, opened.version(), name + " og Borgerservice",
                OrganisationType.MUNICIPALITY, "DK " + cvr.substring(0, 4) + " " + cvr.substring(4), "Horsens",
                "Horsens Kommune", "Region Midtjylland", "dk"));
        OrganisationDetail saved = detail(id);
        assertEquals(name + " og Borgerservice", saved.name());
        assertEquals(OrganisationType.MUNICIPALITY, saved.type());
        assertEquals(cvr, saved.cvr().digits());
        assertEquals("Region Midtjylland", saved.region());
        assertEquals("DK", saved.country());

        ConcurrentChange conflict = assertThrows(ConcurrentChange.class,
                () -> organisations.change(change(opened, "Sidste ord", null)));
        assertEquals("admin", conflict.changedBy(), "the audit trail names who saved first");
        assertTrue(conflict.messageIn(DA).startsWith("Organisationen er blevet ændret af admin "), conflict.messageIn(DA));
        assertEquals(name + " og Borgerservice", detail(id).name());

        long other = organisations.register(new NewOrganisation(TestData.unique("Vejle Bibliotek"),
                OrganisationType.LIBRARY, null, "Vejle", null, null, null));
        RuleViolation taken = assertThrows(RuleViolation.class,
                () -> organisations.change(change(detail(other), "Vejle", cvr)));
        assertEquals("organisation.cvrTaken", taken.key());
        assertEquals("organisation.nameTaken", assertThrows(RuleViolation.class,
                () -> organisations.change(change(detail(other), name + " og borgerservice", null))).key());
    }

    @Test
    void aliasesAreAddedAndRemovedAndNameOneOrganisationOnly() {
        long id = TestData.library(organisations, TestData.unique("Leanmark"));
        String alias = TestData.unique("Learnmark");
        organisations.addAlias(id, detail(id).version(), alias);
        assertEquals(List.of(alias), detail(id).aliases());
        assertEquals(id, organisations.findByNameOrAlias(alias.toUpperCase(Locale.ROOT)).orElseThrow().id());

        long other = TestData.library(organisations, TestData.unique("Andet"));
        assertEquals("organisation.nameTaken", assertThrows(RuleViolation.class,
                () -> organisations.addAlias(other, detail(other).version(), alias)).key());
        assertThrows(ConcurrentChange.class, () -> organisations.removeAlias(id, 0, alias));

        organisations.removeAlias(id, detail(id).version(), alias);
        assertEquals(List.of(), detail(id).aliases());
    }

    @Test
    void contactPersonsAreAddedChangedAndRemovedUnlessAProjectNamesThem() throws Exception {
        long id = TestData.library(organisations, TestData.unique("Randers Bibliotek"));
        long loke = organisations.addContact(id, new ContactDetails("Loke Andersen", "Projektleder",
                "lda@randersbib.dk", "87 10 68 31"));
        assertEquals("contact.emailInvalid", assertThrows(RuleViolation.class, () -> organisations.addContact(id,
                new ContactDetails("Mette", null, "mette(at)randers.dk", null))).key());

        var opened = detail(id).contacts().get(0);
        organisations.changeContact(loke, opened.version(), new ContactDetails("Loke Andersen", "Bibliotekar",
                "loke@randersbib.dk", null));
        var saved = detail(id).contacts().get(0);
        assertEquals("Bibliotekar", saved.jobTitle());
        assertNull(saved.phone());
        assertThrows(ConcurrentChange.class, () -> organisations.changeContact(loke, opened.version(),
                new ContactDetails("Loke", null, null, null)));

        long projectId = TestData.project(projects, catalog, TestData.unique("Kontaktprojekt"));
        inTransaction(() -> {
            em.find(Project.class, projectId).addContact(em.find(ContactPerson.class, loke), "Projektleder");
            return null;
        });
        assertEquals(1, detail(id).contacts().get(0).projects());
        RuleViolation inUse = assertThrows(RuleViolation.class,
                () -> organisations.removeContact(loke, detail(id).contacts().get(0).version()));
        assertEquals("Loke Andersen er kontaktperson på 1 projekt(er). Skift kontaktpersonen på projekterne først.",
                inUse.messageIn(DA));

        long mette = organisations.addContact(id, new ContactDetails("Mette Holm", null, null, null));
        organisations.removeContact(mette, 0);
        assertEquals(List.of("Loke Andersen"), detail(id).contacts().stream().map(c -> c.name()).toList());
    }

    @Test
    void aMergeMovesEverythingKeepsTheNamesAndShowsInEachProjectsHistory() throws Exception {
        String keptName = TestData.unique("Learnmark Horsens");
        String duplicateName = TestData.unique("Leanmark Horsens");
        String duplicateAlias = TestData.unique("Leanmark");
        String cvr = Cvrs.fresh();
        long kept = TestData.library(organisations, keptName);
        long duplicate = organisations.register(new NewOrganisation(duplicateName, OrganisationType.SCHOOL, cvr,
                "Horsens", null, null, "DK"));
        organisations.addAlias(duplicate, detail(duplicate).version(), duplicateAlias);
        long other = TestData.library(organisations, TestData.unique("VIA"));
        long person = organisations.addContact(duplicate, new ContactDetails("Sidsel Bech", "Projektleder", null, null));

        // P1: owned by the duplicate, the kept organisation a test site -> the kept one owns it, and is no partner.
        long p1 = project("Ejet af dubletten", duplicate);
        projects.addPartner(p1, version(p1), kept, PartnerRole.TEST_SITE);
        // P2: both take part as participants, the duplicate also in the steering group.
        long p2 = project("Begge deltager", other);
        projects.addPartner(p2, version(p2), kept, PartnerRole.PARTICIPANT);
        projects.addPartner(p2, version(p2), duplicate, PartnerRole.PARTICIPANT);
        projects.addPartner(p2, version(p2), duplicate, PartnerRole.STEERING_GROUP);
        // P3: the duplicate co-finances, and its person is the project's contact.
        long p3 = project("Medfinansieret", other);
        projects.addFinancing(p3, version(p3), FinancingKind.PARTNER_CONTRIBUTION, duplicate, Money.dkk("125000"), null);
        inTransaction(() -> {
            em.find(Project.class, p3).addContact(em.find(ContactPerson.class, person), "Projektleder");
            return null;
        });

        MergePreview preview = merges.preview(kept, duplicate);
        assertEquals(List.of(1L, 2L, 2L, 1L, 1L, 0L, 0L, 0L), List.of(preview.projectsOwned(), preview.partnerships(),
                preview.partnershipsDropped(), preview.contacts(), preview.financingLines(), preview.funds(),
                preview.members(), preview.outsideCallerFunds()));
        assertTrue(preview.allowed());

        long keptVersion = detail(kept).version();
        long duplicateVersion = detail(duplicate).version();
        assertThrows(ConcurrentChange.class, () -> merges.merge(kept, keptVersion, duplicate, duplicateVersion - 1));
        assertEquals(duplicate, owner(p1), "a refused merge moves nothing");

        merges.merge(kept, keptVersion, duplicate, duplicateVersion);

        assertTrue(organisations.organisation(duplicate).isEmpty(), "the duplicate is gone");
        OrganisationDetail merged = detail(kept);
        assertEquals(List.of(duplicateAlias, duplicateName).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                merged.aliases());
        assertEquals(cvr, merged.cvr().digits(), "the kept organisation had no CVR number and takes the duplicate's");
        assertEquals(kept, organisations.findByNameOrAlias(duplicateName).orElseThrow().id());
        assertEquals(List.of("Sidsel Bech"), merged.contacts().stream().map(c -> c.name()).toList());
        assertEquals(1, merged.contacts().get(0).projects(), "P3 still names her as its contact");

        assertEquals(kept, owner(p1));
        assertEquals(List.of(), partners(p1), "the owner is not also a partner");
        assertEquals(List.of(kept + " PARTICIPANT", kept + " STEERING_GROUP"), partners(p2));
        assertEquals(kept, (long) em.createQuery(
                "select l.contributor.id from FinancingLine l where l.project.id = :p", Long.class)
                .setParameter("p", p3).getSingleResult());

        ProjectChange ownerChange = history.history(p1).stream()
                .filter(c -> "project".equals(c.area()) && "owner".equals(c.field())).findFirst().orElseThrow();
        assertEquals(List.of("admin", duplicateName, keptName),
                List.of(ownerChange.changedBy(), ownerChange.before(), ownerChange.after()));
        assertTrue(history.history(p2).stream().anyMatch(c -> "partner".equals(c.area())
                && c.kind() == ProjectChange.ChangeKind.REMOVED && duplicateName.equals(c.item())),
                "P2's history says the duplicate left");
        ProjectChange contributor = history.history(p3).stream()
                .filter(c -> "financing".equals(c.area()) && "contributor".equals(c.field())).findFirst().orElseThrow();
        assertEquals(List.of(duplicateName, keptName), List.of(contributor.before(), contributor.after()));
        assertEquals(1L, ((Number) em.createNativeQuery("""
                select count(*) from organisation_aud a join audit_revision r on r.id = a.rev
                where a.id = ?1 and a.revtype = 2 and r.changed_by = 'admin' and a.name = ?2""")
                .setParameter(1, duplicate).setParameter(2, duplicateName).getSingleResult()).longValue(),
                "the audit trail records who removed the duplicate, and what it was");
    }

    @Test
    void aMergeThatBreaksARuleHalfWayLeavesBothOrganisationsAsTheyWere() {
        String cvr = Cvrs.fresh();
        long kept = TestData.library(organisations, TestData.unique("Aarhus Kommunes Biblioteker"));
        String duplicateName = TestData.unique("Aarhus Bibliotekerne");
        long duplicate = organisations.register(new NewOrganisation(duplicateName, OrganisationType.LIBRARY, cvr,
                "Aarhus", null, null, "DK"));
        long p1 = project("Ejet før sammenlægningen", duplicate);
        String fundName = TestData.unique("Lokalpuljen");
        funds.create(new NewFund(kept, fundName, "L1", null, null));
        funds.create(new NewFund(duplicate, fundName, "L2", null, null));

        RuleViolation clash = assertThrows(RuleViolation.class, () -> merges.merge(kept, detail(kept).version(),
                duplicate, detail(duplicate).version()));
        assertEquals("organisation.mergeFundClash", clash.key());
        assertEquals(duplicate, owner(p1), "the project moved before the clash was found, and the move is rolled back");
        OrganisationDetail untouched = detail(duplicate);
        assertEquals(duplicateName, untouched.name());
        assertEquals(cvr, untouched.cvr().digits());
        assertEquals(List.of(), detail(kept).aliases());
    }

    @Test
    void aFundAdministratorMergesOnlyWhatLiesInTheirOwnFunds() throws Exception {
        long kept = TestData.library(organisations, TestData.unique("Aalborg Bibliotekerne"));
        long duplicate = TestData.library(organisations, TestData.unique("Aalborg Bibliotek"));
        long foreignProject = foreignProjectOwnedBy(duplicate);

        MergePreview preview = merges.preview(kept, duplicate);
        assertEquals(1, preview.outsideCallerFunds());
        assertFalse(preview.allowed());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> merges.merge(kept, detail(kept).version(),
                duplicate, detail(duplicate).version()));
        assertEquals("organisation.mergeOutsideFunds", refused.key());
        assertEquals(duplicate, owner(foreignProject));

        OrganisationDetail seen = detail(duplicate);
        assertTrue(seen.projects().isEmpty(), "a project in another fund is not listed to this administrator");
        assertEquals(1, seen.otherProjects(), "only counted");

        long withMember = TestData.library(organisations, TestData.unique("Medlemsbiblioteket"));
        member(TestData.unique("ansoeger").toLowerCase(Locale.ROOT).replace(' ', '-'), withMember);
        assertEquals("organisation.mergeMembers", assertThrows(RuleViolation.class, () -> merges.merge(kept,
                detail(kept).version(), withMember, detail(withMember).version())).key());
        assertEquals("organisation.mergeSame", assertThrows(RuleViolation.class,
                () -> merges.merge(kept, detail(kept).version(), kept, detail(kept).version())).key());
    }

    @Test
    @AsDemoUser(DemoUser.SYSADMIN)
    void aSystemAdministratorMergesAcrossFundsAndMovesTheMembers() throws Exception {
        long kept = organisations.register(new NewOrganisation(TestData.unique("Roskilde Bibliotekerne"),
                OrganisationType.LIBRARY, null, "Roskilde", null, null, "DK"));
        long duplicate = organisations.register(new NewOrganisation(TestData.unique("Roskilde Bibliotek"),
                OrganisationType.LIBRARY, null, "Roskilde", null, null, "DK"));
        long foreignProject = foreignProjectOwnedBy(duplicate);
        String username = TestData.unique("ansoeger").toLowerCase(Locale.ROOT).replace(' ', '-');
        member(username, duplicate);
        MergePreview preview = merges.preview(kept, duplicate);
        assertEquals(1, preview.members());
        assertTrue(preview.allowed());

        merges.merge(kept, preview.kept().version(), duplicate, preview.duplicate().version());

        assertEquals(kept, owner(foreignProject));
        assertEquals(1L, ((Number) em.createNativeQuery("""
                select count(*) from user_organisation uo join user_account u on u.id = uo.user_id
                where u.username = ?2 and uo.organisation_id = ?1""").setParameter(1, kept).setParameter(2, username)
                .getSingleResult())
                .longValue());
        assertTrue(detail(kept).projects().isEmpty(), "a system administrator sees no project, only counts");
        assertEquals(1, detail(kept).otherProjects());
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffGetNoneOfIt() {
        assertThrows(EJBAccessException.class, () -> organisations.organisation(1));
        assertThrows(EJBAccessException.class, () -> organisations.search("bibliotek", 10));
        assertThrows(EJBAccessException.class, () -> organisations.change(new ChangeOrganisation(1, 0, "X",
                OrganisationType.LIBRARY, null, null, null, null, null)));
        assertThrows(EJBAccessException.class, () -> organisations.addContact(1, new ContactDetails("X", null, null, null)));
        assertThrows(EJBAccessException.class, () -> merges.preview(1, 2));
        assertThrows(EJBAccessException.class, () -> merges.merge(1, 0, 2, 0));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void applicantsGetNoneOfIt() {
        assertThrows(EJBAccessException.class, () -> organisations.organisation(1));
        assertThrows(EJBAccessException.class, () -> organisations.removeAlias(1, 0, "X"));
        assertThrows(EJBAccessException.class, () -> organisations.changeContact(1, 0, new ContactDetails("X", null, null, null)));
        assertThrows(EJBAccessException.class, () -> organisations.removeContact(1, 0));
        assertThrows(EJBAccessException.class, () -> merges.merge(1, 0, 2, 0));
    }

    private long project(String title, long ownerId) {
        long id = TestData.project(projects, catalog, TestData.unique(title));
        inTransaction(() -> {
            em.find(Project.class, id).assignOwner(em.find(Organisation.class, ownerId));
            return null;
        });
        return id;
    }

    /** A project owned by the organisation in a fund that admin does not administer, made straight in the database. */
    private long foreignProjectOwnedBy(long ownerId) {
        return inTransaction(() -> {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            Project project = new Project(fund, null, TestData.unique("Fremmed projekt"), ProjectType.DEVELOPMENT,
                    ProjectStatus.UNDER_REVIEW);
            project.assignOwner(em.find(Organisation.class, ownerId));
            em.persist(project);
            em.flush();
            return project.getId();
        });
    }

    /** A throw-away applicant account that belongs to the organisation (its password never used). */
    private void member(String username, long organisationId) {
        inTransaction(() -> {
            em.createNativeQuery("""
                    insert into user_account (username, display_name, password_hash, password_changed_at, created_at)
                    values (?1, 'Ansøger', 'unused', now(), now())""").setParameter(1, username).executeUpdate();
            return em.createNativeQuery("""
                    insert into user_organisation (user_id, organisation_id)
                    select id, ?2 from user_account where username = ?1""")
                    .setParameter(1, username).setParameter(2, organisationId).executeUpdate();
        });
    }

    private OrganisationDetail detail(long id) {
        return organisations.organisation(id).orElseThrow();
    }

    private static ChangeOrganisation change(OrganisationDetail opened, String name, String cvr) {
        return new ChangeOrganisation(opened.id(), opened.version(), name, opened.type(), cvr, opened.town(),
                opened.municipality(), opened.region(), opened.country());
    }

    private long version(long projectId) {
        return em.find(Project.class, projectId).getVersion();
    }

    private long owner(long projectId) {
        return em.createQuery("select p.owner.id from Project p where p.id = :id", Long.class)
                .setParameter("id", projectId).getSingleResult();
    }

    private List<String> partners(long projectId) {
        return em.createQuery("select pa.organisation.id, pa.role from Partner pa where pa.project.id = :id",
                        Object[].class).setParameter("id", projectId).getResultList().stream()
                .map(row -> row[0] + " " + row[1]).sorted().toList();
    }

    private <T> T inTransaction(Callable<T> work) {
        try {
            transaction.begin();
            try {
                T result = work.call();
                transaction.commit();
                return result;
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

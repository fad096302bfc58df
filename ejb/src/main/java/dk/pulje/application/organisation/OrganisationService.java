package dk.pulje.application.organisation;

import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Organisations, their aliases and contact persons. A name or alias, and a CVR number, names one organisation. */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.SYSTEM_ADMIN})
public class OrganisationService {

    private static final String SUBJECT = "subject.organisation";
    private static final String CONTACT = "subject.contact";
    /** Each of the page's two project lists (owned, partnered) shows at most this many; the rest are counted. */
    private static final int PROJECTS_SHOWN = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private CallerScopes scopes;

    public long register(@NotNull @Valid NewOrganisation command) {
        Cvr cvr = command.cvr() == null || command.cvr().isBlank() ? null : Cvr.parse(command.cvr());
        findByNameOrAlias(command.name()).ifPresent(existing -> {
            throw new RuleViolation("organisation.nameTaken", command.name().strip(), existing.name());
        });
        if (cvr != null) {
            requireCvrFree(cvr, null);
        }
        Organisation organisation = new Organisation(command.name(), command.type(), command.town());
        organisation.locate(command.town(), command.municipality(), command.region(), command.country());
        organisation.registerCvr(cvr);
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /** The organisation as its page shows it, or empty when there is none with that id. */
    public Optional<OrganisationDetail> organisation(long id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            return Optional.empty();
        }
        List<ContactSummary> contacts = em.createQuery("""
                select new dk.pulje.application.organisation.ContactSummary(c.id, c.version, c.name, c.jobTitle, c.email,
                       c.phone, (select count(p) from Project p join p.contacts pc where pc.person = c))
                from ContactPerson c where c.organisation.id = :id order by lower(c.name), c.id""", ContactSummary.class)
                .setParameter("id", id).getResultList();
        CallerScope scope = scopes.current();
        var owned = em.createQuery("""
                select new dk.pulje.application.organisation.OrganisationProject(p.id, p.title, f.shortName, null)
                from Project p join p.fund f where p.owner.id = :id and""" + scope.readableProjects() + """
                order by lower(p.title), p.id""", OrganisationProject.class).setParameter("id", id);
        var partnered = em.createQuery("""
                select new dk.pulje.application.organisation.OrganisationProject(p.id, p.title, f.shortName, pa.role)
                from Partner pa join pa.project p join p.fund f where pa.organisation.id = :id and""" + scope.readableProjects()
                + """
                order by lower(p.title), p.id, pa.role""", OrganisationProject.class).setParameter("id", id);
        scope.bind(owned);
        scope.bind(partnered);
        List<OrganisationProject> projects = new java.util.ArrayList<>(owned.setMaxResults(PROJECTS_SHOWN).getResultList());
        projects.addAll(partnered.setMaxResults(PROJECTS_SHOWN).getResultList());
        long all = em.createQuery("""
                select (select count(p) from Project p where p.owner.id = :id)
                     + (select count(pa) from Partner pa where pa.organisation.id = :id)
                from Organisation o where o.id = :id""", Long.class).setParameter("id", id).getSingleResult();
        List<String> aliases = o.getAliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return Optional.of(new OrganisationDetail(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getCvr(),
                o.getTown(), o.getMunicipality(), o.getRegion(), o.getCountry(), aliases, contacts, projects,
                Math.max(0, all - projects.size())));
    }

    /**
     * Saves an organisation's fields at the version its editor opened. Its name and CVR number must not name another
     * organisation; a CVR number that breaks the modulus-11 rule is refused with the digits as typed.
     */
    public void change(@NotNull @Valid ChangeOrganisation command) {
        Organisation organisation = guard.requireVersion(
                Entities.find(em, Organisation.class, command.id(), SUBJECT), command.version(), SUBJECT);
        Cvr cvr = command.cvr() == null || command.cvr().isBlank() ? null : Cvr.parse(command.cvr());
        findByNameOrAlias(command.name()).filter(other -> other.id() != command.id()).ifPresent(other -> {
            throw new RuleViolation("organisation.nameTaken", command.name().strip(), other.name());
        });
        if (cvr != null) {
            requireCvrFree(cvr, command.id());
        }
        organisation.describe(command.name(), command.type());
        organisation.locate(command.town(), command.municipality(), command.region(), command.country());
        organisation.registerCvr(cvr);
        guard.flush(organisation, SUBJECT);
    }

    public void removeAlias(long organisationId, long expectedVersion, String alias) {
        Organisation organisation = guard.touch(Entities.find(em, Organisation.class, organisationId, SUBJECT),
                expectedVersion, SUBJECT);
        organisation.removeAlias(alias);
        guard.flush(organisation, SUBJECT);
    }

    /** A new contact person at the organisation. */
    public long addContact(long organisationId, @NotNull @Valid ContactDetails contact) {
        return addContact(organisationId, contact.name(), contact.jobTitle(), contact.email(), contact.phone());
    }

    /** Changes a contact person at the version their editor opened. */
    public void changeContact(long contactId, long expectedVersion, @NotNull @Valid ContactDetails contact) {
        ContactPerson person = guard.requireVersion(Entities.find(em, ContactPerson.class, contactId, CONTACT),
                expectedVersion, CONTACT);
        person.change(contact.name(), contact.jobTitle(), contact.email(), contact.phone());
        guard.flush(person, CONTACT);
    }

    /**
     * Removes a contact person who is no project's contact; one who is must first be replaced on those projects
     * (the projects' pages), so that no project silently loses whom to call.
     */
    public void removeContact(long contactId, long expectedVersion) {
        ContactPerson person = guard.requireVersion(Entities.find(em, ContactPerson.class, contactId, CONTACT),
                expectedVersion, CONTACT);
        long projects = em.createQuery("select count(p) from Project p join p.contacts pc where pc.person = :person",
                Long.class).setParameter("person", person).getSingleResult();
        if (projects > 0) {
            throw new RuleViolation("contact.inProjects", person.getName(), projects);
        }
        em.remove(person);
        guard.flush(person, CONTACT);
    }

    private void requireCvrFree(Cvr cvr, Long exceptId) {
        List<String> holders = em.createQuery(
                        "select o.name from Organisation o where o.cvr = :cvr and o.id <> :except", String.class)
                .setParameter("cvr", cvr).setParameter("except", exceptId == null ? -1L : exceptId).getResultList();
        if (!holders.isEmpty()) {
            throw new RuleViolation("organisation.cvrTaken", cvr.digits(), holders.get(0));
        }
    }

    /** Another spelling of the organisation's name, as documents use it ("Leanmark Horsens"). */
    public void addAlias(long organisationId, long expectedVersion, String alias) {
        Organisation organisation = guard.touch(Entities.find(em, Organisation.class, organisationId, SUBJECT),
                expectedVersion, SUBJECT);
        findByNameOrAlias(alias).filter(other -> other.id() != organisationId).ifPresent(other -> {
            throw new RuleViolation("organisation.nameTaken", alias.strip(), other.name());
        });
        organisation.addAlias(alias);
        guard.flush(organisation, SUBJECT);
    }

    public long addContact(long organisationId, String name, String jobTitle, String email, String phone) {
        ContactPerson person = new ContactPerson(Entities.find(em, Organisation.class, organisationId, SUBJECT),
                name, jobTitle, email, phone);
        em.persist(person);
        em.flush();
        return person.getId();
    }

    /** All organisations by name, for choosing members and partners. */
    public List<OrganisationSummary> list() {
        return em.createQuery("""
                select new dk.pulje.application.organisation.OrganisationSummary(o.id, o.version, o.name, o.type, o.cvr, o.town)
                from Organisation o order by o.name""", OrganisationSummary.class).getResultList();
    }

    /**
     * Organisations whose name, alias, CVR number or town contains the typed text (ignoring case), best first: a name
     * that starts with the text before one that merely contains it. For search-as-you-type pickers; at most
     * {@code limit} rows, and none for fewer than two characters (one letter matches half the country).
     */
    public List<OrganisationSummary> search(String text, int limit) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.length() < 2) {
            return List.of();
        }
        String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("""
                        select new dk.pulje.application.organisation.OrganisationSummary(o.id, o.version, o.name, o.type, o.cvr, o.town)
                        from Organisation o
                        where lower(o.name) like :pattern escape '\\'
                           or lower(coalesce(o.town, '')) like :pattern escape '\\'
                           or cast(o.cvr as String) like :pattern escape '\\'
                           or exists (select 1 from Organisation o2 join o2.aliases a
                                      where o2 = o and lower(a) like :pattern escape '\\')
                        order by case when lower(o.name) like :start escape '\\' then 0 else 1 end, o.name, o.id""",
                        OrganisationSummary.class)
                .setParameter("pattern", pattern)
                .setParameter("start", pattern.substring(1))
                .setMaxResults(Math.max(1, Math.min(limit, 50)))
                .getResultList();
    }

    /**
     * One page of organisations in the order of their names (ignoring case, then id), after the given one (its name as stored and its id): keyset
     * paging for the API, as fast on page 500 as on page 1 (no OFFSET). The text, when given, must be part of the name,
     * an alias or the CVR number (ignoring case). {@code limit + 1} rows are read, so that the caller knows whether
     * another page follows.
     */
    public List<OrganisationSummary> page(String text, String afterName, Long afterId, int limit) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        boolean after = afterName != null && afterId != null;
        String where = (typed.isEmpty() ? "" : """
                 and (lower(o.name) like :pattern escape '\\' or cast(o.cvr as String) like :pattern escape '\\'
                      or exists (select 1 from Organisation o2 join o2.aliases a
                                 where o2 = o and lower(a) like :pattern escape '\\'))""")
                + (after ? " and (lower(o.name) > lower(:afterName) or (lower(o.name) = lower(:afterName) and o.id > :afterId))" : "");
        var query = em.createQuery("""
                        select new dk.pulje.application.organisation.OrganisationSummary(o.id, o.version, o.name, o.type, o.cvr, o.town)
                        from Organisation o where 1 = 1""" + where + " order by lower(o.name), o.id", OrganisationSummary.class);
        if (!typed.isEmpty()) {
            query.setParameter("pattern", pattern);
        }
        if (after) {
            query.setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        return query.setMaxResults(Math.max(1, limit) + 1).getResultList();
    }

    /** Finds an organisation by its name or any alias, ignoring case: "learnmark horsens" and "Leanmark Horsens" alike. */
    public Optional<OrganisationSummary> findByNameOrAlias(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select distinct new dk.pulje.application.organisation.OrganisationSummary(
                               o.id, o.version, o.name, o.type, o.cvr, o.town)
                        from Organisation o left join o.aliases a
                        where lower(o.name) = :name or lower(a) = :name""", OrganisationSummary.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}

package dk.pulje.application.organisation;

import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.account.Roles;
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    public long register(@NotNull @Valid NewOrganisation command) {
        Cvr cvr = command.cvr() == null || command.cvr().isBlank() ? null : Cvr.parse(command.cvr());
        findByNameOrAlias(command.name()).ifPresent(existing -> {
            throw new RuleViolation("organisation.nameTaken", command.name().strip(), existing.name());
        });
        if (cvr != null) {
            List<String> holders = em.createQuery("select o.name from Organisation o where o.cvr = :cvr", String.class)
                    .setParameter("cvr", cvr).getResultList();
            if (!holders.isEmpty()) {
                throw new RuleViolation("organisation.cvrTaken", cvr.digits(), holders.get(0));
            }
        }
        Organisation organisation = new Organisation(command.name(), command.type(), command.town());
        organisation.locate(command.town(), command.municipality(), command.region(), command.country());
        organisation.registerCvr(cvr);
        em.persist(organisation);
        em.flush();
        return organisation.getId();
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

package dk.pulje.application.organisation;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Merges two registrations of one organisation ("Learnmark Horsens" / "Leanmark Horsens") into the one kept: its
 * projects, partnerships, contact persons, financing lines, funds and user accounts move, the duplicate's names become
 * aliases, its CVR number is kept when the kept one has none, and the duplicate is deleted. One transaction: a broken
 * rule anywhere leaves both as they were. Audited: the revision names who merged, each affected project's history
 * shows the move, and the duplicate's last state stays in organisation_aud.
 * <p>
 * Who may: a system administrator any two; a fund administrator only when everything that moves lies in funds they
 * administer and no user account belongs to the duplicate, since a merge changes what those users see
 * (docs/security.md).
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.SYSTEM_ADMIN})
public class OrganisationMergeService {

    private static final String SUBJECT = "subject.organisation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private CallerScopes scopes;

    /** What the merge would move, for the confirmation; nothing changes. */
    public MergePreview preview(long keptId, long duplicateId) {
        Organisation kept = Entities.find(em, Organisation.class, keptId, SUBJECT);
        Organisation duplicate = Entities.find(em, Organisation.class, duplicateId, SUBJECT);
        requireTwo(kept, duplicate);
        long owned = count("select count(p) from Project p where p.owner = :d", duplicate);
        long partnerships = count("select count(pa) from Partner pa where pa.organisation = :d", duplicate);
        // Dropped rather than moved: the duplicate's partnerships the kept organisation already has (same role) or in
        // projects it owns, and the kept organisation's partnerships in projects it comes to own.
        long dropped = em.createQuery("""
                        select count(pa) from Partner pa join pa.project p where pa.organisation = :d
                           and (p.owner = :k or exists (select 1 from Partner same where same.project = p
                                                        and same.organisation = :k and same.role = pa.role))""",
                        Long.class)
                .setParameter("d", duplicate).setParameter("k", kept).getSingleResult()
                + em.createQuery("""
                        select count(pa) from Partner pa join pa.project p where pa.organisation = :k and p.owner = :d""",
                        Long.class)
                .setParameter("d", duplicate).setParameter("k", kept).getSingleResult();
        long contacts = count("select count(c) from ContactPerson c where c.organisation = :d", duplicate);
        long financing = count("select count(l) from FinancingLine l where l.contributor = :d", duplicate);
        long funds = count("select count(f) from Fund f where f.funder = :d", duplicate);
        long members = members(duplicate);
        long outside = outsideCallerFunds(duplicate);
        return new MergePreview(summary(kept), summary(duplicate), owned, partnerships, dropped, contacts, financing,
                funds, members, outside, mayMerge(outside, members));
    }

    /**
     * Merges {@code duplicateId} into {@code keptId}, both at the versions the person confirming saw. A partnership the
     * kept organisation already has (same role), or one in a project it owns, is dropped rather than doubled.
     */
    public void merge(long keptId, long keptVersion, long duplicateId, long duplicateVersion) {
        Organisation kept = guard.requireVersion(Entities.find(em, Organisation.class, keptId, SUBJECT), keptVersion,
                SUBJECT);
        Organisation duplicate = guard.requireVersion(Entities.find(em, Organisation.class, duplicateId, SUBJECT),
                duplicateVersion, SUBJECT);
        requireTwo(kept, duplicate);
        long members = members(duplicate);
        long outside = outsideCallerFunds(duplicate);
        if (!mayMerge(outside, members)) {
            throw new RuleViolation(outside > 0 ? "organisation.mergeOutsideFunds" : "organisation.mergeMembers",
                    duplicate.getName(), outside > 0 ? outside : members);
        }
        // Free the duplicate's spellings and CVR number first: one spelling, and one CVR number, names one organisation.
        List<String> names = duplicate.giveUpNames();
        Cvr cvr = duplicate.getCvr();
        duplicate.registerCvr(null);
        em.flush();

        em.createQuery("""
                        select distinct p from Project p where p.owner = :d
                           or exists (select 1 from Partner pa where pa.project = p and pa.organisation = :d)
                           or exists (select 1 from FinancingLine l where l.project = p and l.contributor = :d)""",
                        Project.class)
                .setParameter("d", duplicate).getResultList()
                .forEach(project -> project.replaceOrganisation(duplicate, kept));
        em.createQuery("select c from ContactPerson c where c.organisation = :d", ContactPerson.class)
                .setParameter("d", duplicate).getResultList()
                .forEach(person -> person.moveTo(kept));
        for (Fund fund : em.createQuery("select f from Fund f where f.funder = :d", Fund.class)
                .setParameter("d", duplicate).getResultList()) {
            if (count("select count(f) from Fund f where f.funder = :d and lower(f.name) = lower(:name)", kept,
                    fund.getName()) > 0) {
                throw new RuleViolation("organisation.mergeFundClash", kept.getName(), fund.getName());
            }
            fund.describe(kept, fund.getName(), fund.getShortName());
        }
        em.flush();
        // Applicants of the duplicate belong to the kept organisation now (native: user_organisation is a join table).
        em.createNativeQuery("""
                        insert into user_organisation (user_id, organisation_id)
                        select user_id, ?1 from user_organisation where organisation_id = ?2
                        on conflict do nothing""")
                .setParameter(1, kept.getId()).setParameter(2, duplicate.getId()).executeUpdate();
        em.createNativeQuery("delete from user_organisation where organisation_id = ?1")
                .setParameter(1, duplicate.getId()).executeUpdate();

        names.stream().filter(name -> !kept.isKnownAs(name)).forEach(kept::addAlias);
        if (kept.getCvr() == null && cvr != null) {
            kept.registerCvr(cvr);
        }
        guard.touch(kept, keptVersion, SUBJECT);
        em.remove(duplicate);
        guard.flush(kept, SUBJECT);
    }

    private static void requireTwo(Organisation kept, Organisation duplicate) {
        if (kept.equals(duplicate)) {
            throw new RuleViolation("organisation.mergeSame", kept.getName());
        }
    }

    private boolean mayMerge(long outside, long members) {
        CallerScope scope = scopes.current();
        return scope.has(Role.SYSTEM_ADMIN) || (outside == 0 && members == 0);
    }

    /** Projects and funds that the merge would change and that lie outside the caller's administered funds. */
    private long outsideCallerFunds(Organisation duplicate) {
        CallerScope scope = scopes.current();
        List<Long> administered = List.copyOf(scope.has(Role.FUND_ADMIN) ? scope.administeredFunds() : List.of());
        List<Long> none = List.of(-1L);
        List<Long> funds = administered.isEmpty() ? none : administered;
        long projects = em.createQuery("""
                        select count(p) from Project p where p.fund.id not in (:funds) and (p.owner = :d
                           or exists (select 1 from Partner pa where pa.project = p and pa.organisation = :d)
                           or exists (select 1 from FinancingLine l where l.project = p and l.contributor = :d))""",
                        Long.class)
                .setParameter("funds", funds).setParameter("d", duplicate).getSingleResult();
        long fundsFunded = em.createQuery("select count(f) from Fund f where f.funder = :d and f.id not in (:funds)",
                Long.class).setParameter("funds", funds).setParameter("d", duplicate).getSingleResult();
        return projects + fundsFunded;
    }

    private long members(Organisation duplicate) {
        return ((Number) em.createNativeQuery("select count(*) from user_organisation where organisation_id = ?1")
                .setParameter(1, duplicate.getId()).getSingleResult()).longValue();
    }

    private long count(String jpql, Organisation organisation) {
        return em.createQuery(jpql, Long.class).setParameter("d", organisation).getSingleResult();
    }

    private long count(String jpql, Organisation organisation, String name) {
        return em.createQuery(jpql, Long.class).setParameter("d", organisation).setParameter("name", name)
                .getSingleResult();
    }

    private static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getCvr(), o.getTown());
    }
}

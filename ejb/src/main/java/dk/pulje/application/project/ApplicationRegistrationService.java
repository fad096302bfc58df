package dk.pulje.application.project;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.Theme;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Registers an application in one go: the project with its owner, period, themes, target groups, activities, result
 * goals, partners and contacts, and its application to the fund (sub-pool and amount applied for). One transaction:
 * a rule broken anywhere, by any row, leaves nothing behind. Only in a fund the caller administers.
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class ApplicationRegistrationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectAccess access;

    @Inject
    private CallerScopes scopes;

    public long register(@NotNull @Valid RegisterApplication command) {
        Fund fund = Entities.find(em, Fund.class, command.fundId(), "subject.fund");
        access.requireAdministers(fund);
        FundingRound round = command.roundId() == null ? null
                : Entities.find(em, FundingRound.class, command.roundId(), "subject.round");
        if (command.subPoolId() != null && round == null) {
            throw new RuleViolation("registration.subPoolWithoutRound");
        }
        Project project = new Project(fund, round, command.title(), command.type(), ProjectStatus.APPLICATION_RECEIVED);
        project.describe(command.description());
        Organisation owner = organisation(command.ownerId());
        project.assignOwner(owner);
        project.schedule(command.startDate(), command.endDate());
        project.locateIn(command.town());
        project.budgetTotal(command.totalSum());
        themes(command.themes()).forEach(project::addTheme);
        command.targetGroups().forEach(project::addTargetGroup);
        command.activities().forEach(project::addActivity);
        command.goals().forEach(goal -> project.addGoal(goal.description(), goal.indicators()));
        Set<Organisation> inProject = new HashSet<>();
        if (owner != null) {
            inProject.add(owner);
        }
        for (RegisterApplication.PartnerLine line : command.partners()) {
            Organisation partner = organisation(line.organisationId());
            project.addPartner(partner, line.role()); // the owner is not also a partner, nor anyone twice in a role
            inProject.add(partner);
        }
        if (command.followUpId() != null) {
            project.leadsTo(followUp(command.followUpId()));
        }
        em.persist(project);
        for (RegisterApplication.ContactLine line : command.contacts()) {
            Organisation organisation = organisation(line.organisationId());
            if (!inProject.contains(organisation)) {
                throw new RuleViolation("registration.contactOutsideProject", organisation.getName());
            }
            project.addContact(contactPerson(organisation, line), line.role());
        }
        SubPool subPool = command.subPoolId() == null ? null
                : Entities.find(em, SubPool.class, command.subPoolId(), "subject.subPool");
        em.persist(new Grant(project, subPool, command.applied())); // the sub-pool must be the round's
        em.flush();
        return project.getId();
    }

    /** The funds the caller administers, with their rounds (newest first) and sub-pools: three statements. */
    public List<FundChoice> choices() {
        CallerScope scope = scopes.current();
        List<Fund> funds = em.createQuery("select f from Fund f where f.id in (:ids) order by f.name", Fund.class)
                .setParameter("ids", scope.administeredFunds().isEmpty() ? List.of(-1L) : List.copyOf(scope.administeredFunds()))
                .getResultList();
        if (funds.isEmpty()) {
            return List.of();
        }
        List<FundingRound> rounds = em.createQuery("""
                        select r from FundingRound r where r.fund in (:funds)
                        order by r.year desc nulls last, r.name""", FundingRound.class)
                .setParameter("funds", funds).getResultList();
        List<SubPool> subPools = rounds.isEmpty() ? List.of() : em.createQuery(
                        "select s from SubPool s where s.round in (:rounds) order by s.name", SubPool.class)
                .setParameter("rounds", rounds).getResultList();
        List<FundChoice> choices = new ArrayList<>();
        for (Fund fund : funds) {
            List<FundChoice.RoundChoice> roundChoices = rounds.stream().filter(r -> r.getFund().equals(fund))
                    .map(r -> new FundChoice.RoundChoice(r.getId(), r.getName(), subPools.stream()
                            .filter(s -> s.getRound().equals(r))
                            .map(s -> new FundChoice.Option(s.getId(), s.getName())).toList()))
                    .toList();
            choices.add(new FundChoice(fund.getId(), fund.getName(), roundChoices));
        }
        return choices;
    }

    /** Projects in the caller's funds whose title contains the text: what a maturation project may lead to. */
    public List<FundChoice.Option> followUpCandidates(String text, int limit) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        CallerScope scope = scopes.current();
        if (typed.length() < 2 || scope.administeredFunds().isEmpty()) {
            return List.of();
        }
        String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        TypedQuery<FundChoice.Option> query = em.createQuery("""
                        select new dk.pulje.application.project.FundChoice$Option(p.id, p.title) from Project p
                        where p.fund.id in (:funds) and lower(p.title) like :pattern escape '\\'
                        order by p.title, p.id""", FundChoice.Option.class)
                .setParameter("funds", List.copyOf(scope.administeredFunds()))
                .setParameter("pattern", pattern)
                .setMaxResults(Math.max(1, Math.min(limit, 50)));
        return query.getResultList();
    }

    /** A follow-up project must be one the caller can read; any other id is simply not found. */
    private Project followUp(long id) {
        Project next = em.find(Project.class, id);
        if (next == null || !access.canRead(id)) {
            throw new RuleViolation("entity.notFound", new MessageKey("subject.project"), id);
        }
        return next;
    }

    /** The organisation's contact person of that name (any case), or a new one. */
    private ContactPerson contactPerson(Organisation organisation, RegisterApplication.ContactLine line) {
        String name = line.name() == null ? "" : line.name().strip();
        List<ContactPerson> known = em.createQuery("""
                        select c from ContactPerson c where c.organisation = :organisation and lower(c.name) = :name
                        order by c.id""", ContactPerson.class)
                .setParameter("organisation", organisation)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1).getResultList();
        if (!known.isEmpty()) {
            return known.get(0);
        }
        ContactPerson person = new ContactPerson(organisation, line.name(), line.jobTitle(), line.email(), line.phone());
        em.persist(person);
        return person;
    }

    private Organisation organisation(Long id) {
        return id == null ? null : Entities.find(em, Organisation.class, id, "subject.organisation");
    }

    /** The themes by name: known ones whatever their case, new ones created (as FundService does for sub-pools). */
    private List<Theme> themes(List<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>();
        names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .forEach(n -> wanted.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Theme> known = new LinkedHashMap<>();
        em.createQuery("select t from Theme t where lower(t.name) in (:names)", Theme.class)
                .setParameter("names", List.copyOf(wanted.keySet())).getResultStream()
                .forEach(t -> known.putIfAbsent(t.getName().toLowerCase(Locale.ROOT), t));
        List<Theme> themes = new ArrayList<>();
        wanted.forEach((key, name) -> themes.add(known.computeIfAbsent(key, k -> {
            Theme theme = new Theme(name);
            em.persist(theme);
            return theme;
        })));
        return themes;
    }
}

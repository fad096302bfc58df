package dk.pulje.application.project;

import dk.pulje.application.project.ProjectDetail.AmendmentView;
import dk.pulje.application.project.ProjectDetail.BudgetLineView;
import dk.pulje.application.project.ProjectDetail.ContactView;
import dk.pulje.application.project.ProjectDetail.FinancingLineView;
import dk.pulje.application.project.ProjectDetail.GoalView;
import dk.pulje.application.project.ProjectDetail.GrantView;
import dk.pulje.application.project.ProjectDetail.MilestoneView;
import dk.pulje.application.project.ProjectDetail.PartnerView;
import dk.pulje.application.project.ProjectDetail.PaymentView;
import dk.pulje.application.project.ProjectDetail.ProjectLink;
import dk.pulje.application.project.ProjectDetail.ReportView;
import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.grant.GrantAmendment;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetLine;
import dk.pulje.domain.model.project.FinancingLine;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.project.FinancingSummary;
import dk.pulje.domain.model.project.Milestone;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ResultGoal;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one project for its page in a fixed number of statements, whatever the number of partners, lines and
 * reports: one for the project with its fund, round, owner and follow-up, then one per part. Nothing is loaded lazily
 * while the records are built (ProjectDetailIT counts the statements).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class ProjectDetailService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CallerScopes scopes;

    /** The project, if it exists and the caller may read it: otherwise empty, the same for both. */
    public Optional<ProjectDetail> detail(long projectId) {
        CallerScope scope = scopes.current();
        TypedQuery<Project> query = em.createQuery("""
                        select p from Project p
                        join fetch p.fund f join fetch f.funder
                        left join fetch p.round
                        left join fetch p.owner
                        where p.id = :id and\s""" + scope.readableProjects(), Project.class)
                .setParameter("id", projectId);
        scope.bind(query);
        List<Project> found = query.getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Project p = found.get(0);
        LocalDate today = LocalDate.now(clock);
        List<LinkRow> links = links(scope, projectId);

        List<BudgetLineView> budget = list("""
                select b from BudgetLine b where b.project.id = :id order by b.year nulls first, b.category, b.id""",
                BudgetLine.class, projectId).stream()
                .map(b -> new BudgetLineView(b.getId(), b.getCategory(), b.getYear(), b.getAmount(), b.getNote())).toList();
        List<FinancingLine> financingLines = list("""
                select l from FinancingLine l left join fetch l.contributor where l.project.id = :id order by l.kind, l.id""",
                FinancingLine.class, projectId);
        List<FinancingLineView> financing = financingLines.stream()
                .map(l -> new FinancingLineView(l.getId(), l.getKind(),
                        l.getContributor() == null ? null : l.getContributor().getId(),
                        l.getContributor() == null ? null : l.getContributor().getName(),
                        l.getAmount(), l.getNote())).toList();
        Grant grant = grantOf(projectId);
        // The effective rule: the grant's sub-pool's own, else the fund's (the sub-pool's round belongs to the
        // project's fund, already loaded: no statement more than before).
        OwnFinancingRule rule = grant == null || grant.getSubPool() == null
                ? p.getFund().getOwnFinancingRule().orElse(null)
                : grant.getSubPool().getCofinancingRule().or(() -> p.getFund().getOwnFinancingRule()).orElse(null);
        FinancingSummary summary = FinancingSummary.of(p.getTotalSum(), grant == null ? null : grant.getGranted(),
                budget.stream().map(BudgetLineView::amount).toList(),
                financingLines.stream().map(l -> new FinancingSummary.Part(l.getKind(), l.getAmount())).toList(),
                rule);

        return Optional.of(new ProjectDetail(p.getId(), p.getVersion(), p.getTitle(), p.getDescription(), p.getType(),
                p.getStatus(), p.getFund().getId(), p.getFund().getName(), p.getFund().getFunder().getName(),
                p.getRound() == null ? null : p.getRound().getName(),
                p.getOwner() == null ? null : p.getOwner().getId(),
                p.getOwner() == null ? null : p.getOwner().getName(), p.getTown(), p.getMunicipality(),
                p.getStartDate(), p.getEndDate(), p.getTotalSum(),
                links.stream().filter(LinkRow::followUp).map(LinkRow::link).findFirst().orElse(null),
                links.stream().filter(l -> !l.followUp()).map(LinkRow::link).toList(),
                grant(grant),
                list("""
                        select new dk.pulje.application.project.ProjectDetail$PartnerView(pa.id, o.name, o.town, pa.role)
                        from Partner pa join pa.organisation o where pa.project.id = :id order by pa.role, o.name""",
                        PartnerView.class, projectId),
                list("""
                        select new dk.pulje.application.project.ProjectDetail$ContactView(
                               index(c), person.name, person.jobTitle, o.name, person.email, person.phone, c.role)
                        from Project p join p.contacts c join c.person person join person.organisation o
                        where p.id = :id order by index(c)""", ContactView.class, projectId),
                list("select t from Project p join p.targetGroups t where p.id = :id order by index(t)", String.class, projectId),
                list("select a from Project p join p.activities a where p.id = :id order by index(a)", String.class, projectId),
                list("select g from ResultGoal g where g.project.id = :id order by g.position", ResultGoal.class, projectId)
                        .stream().map(g -> new GoalView(g.getId(), g.getDescription(), g.getIndicators())).toList(),
                list("select t.name from Project p join p.themes t where p.id = :id order by t.name", String.class, projectId),
                budget, financing, summary,
                list("select r from ReportObligation r where r.project.id = :id order by r.dueDate, r.id",
                        ReportObligation.class, projectId).stream()
                        .map(r -> new ReportView(r.getId(), r.getType(), r.getDueDate(), r.getStatus(), r.statusOn(today),
                                r.getSubmittedOn(), r.getDecidedOn(), r.getNote())).toList(),
                list("select m from Milestone m where m.project.id = :id order by m.dueDate nulls last, m.id",
                        Milestone.class, projectId).stream()
                        .map(m -> new MilestoneView(m.getId(), m.getTitle(), m.getDueDate(), m.getStatus(), m.getReachedOn())).toList(),
                scope.seesInternalNotes(p.getFund().getId()) ? p.getInternalNote() : null,
                // A closed, rejected or withdrawn project is the record of what happened: its administrators read it
                // like everyone else (the aggregates refuse changes of money there anyway).
                scope.administers(p.getFund().getId()) && !p.getStatus().isFinal()));
    }

    /** A project linked to this one: its follow-up, or one that prepared it. */
    public record LinkRow(long id, String title, boolean followUp) {
        ProjectLink link() {
            return new ProjectLink(id, title);
        }
    }

    /**
     * Projects linked to this one (the follow-up, and the projects that prepared it) in one statement, as far as the
     * caller may read them: a link to another organisation's project would show its title to someone who may not see it.
     */
    private List<LinkRow> links(CallerScope scope, long projectId) {
        TypedQuery<LinkRow> query = em.createQuery("""
                        select new dk.pulje.application.project.ProjectDetailService$LinkRow(m.id, m.title,
                               case when m.id = p.followUp.id then true else false end)
                        from Project p, Project m
                        where p.id = :id and (m.id = p.followUp.id or m.followUp.id = p.id) and\s"""
                        + scope.readableProjects("m") + " order by m.title", LinkRow.class)
                .setParameter("id", projectId);
        scope.bind(query);
        return query.getResultList();
    }

    private Grant grantOf(long projectId) {
        List<Grant> grants = list("select g from Grant g left join fetch g.subPool where g.project.id = :id",
                Grant.class, projectId);
        return grants.isEmpty() ? null : grants.get(0);
    }

    private GrantView grant(Grant g) {
        if (g == null) {
            return null;
        }
        List<PaymentView> payments = list("select pay from Payment pay where pay.grant.id = :id order by pay.plannedDate nulls last, pay.id",
                Payment.class, g.getId()).stream()
                .map(pay -> new PaymentView(pay.getId(), pay.getPlannedDate(), pay.getPlannedAmount(), pay.getCondition(),
                        pay.getReport() == null ? null : pay.getReport().getId(), pay.isHeld(), pay.getReleasedOn(),
                        pay.getPaidDate(), pay.getPaidAmount(), pay.getReference())).toList();
        List<AmendmentView> amendments = list("select a from GrantAmendment a where a.grant.id = :id order by a.amendedOn, a.id",
                GrantAmendment.class, g.getId()).stream()
                .map(a -> new AmendmentView(a.getAmendedOn(), a.getReason(), a.getPreviousGranted(), a.getNewGranted(),
                        a.getPreviousTotal(), a.getNewTotal(), a.getPreviousEndDate(), a.getNewEndDate())).toList();
        Money planned = payments.stream().map(PaymentView::plannedAmount).reduce(Money.zero(Money.DKK), Money::plus);
        Money paid = payments.stream().map(PaymentView::paidAmount).filter(java.util.Objects::nonNull)
                .reduce(Money.zero(Money.DKK), Money::plus);
        return new GrantView(g.getId(), g.getVersion(), g.getApplied(), g.getGranted(), g.getDecisionDate(),
                g.getJournalNumber(), g.getConditions(), g.getSubPool() == null ? null : g.getSubPool().getName(),
                AccountsTier.forGrant(g.getGranted()), amendments, payments, planned, paid);
    }

    private <T> List<T> list(String jpql, Class<T> type, long id) {
        return em.createQuery(jpql, type).setParameter("id", id).getResultList();
    }
}

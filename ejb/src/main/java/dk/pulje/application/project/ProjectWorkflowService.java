package dk.pulje.application.project;

import dk.pulje.application.fund.EnvelopeChecks;
import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.EnvelopeCheck;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ClosingCheck;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The project's workflow as explicit steps: review, grant, reject, activate, final report due, amend, withdraw,
 * close. Each is one command carrying the version the editor saw, and one transaction: the grant's decision and the
 * move to "granted" are saved together or not at all. Only administrators of the project's fund take these steps;
 * a project outside their funds is "not found".
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class ProjectWorkflowService {

    private static final String SUBJECT = "subject.project";
    private static final String GRANT = "subject.grant";
    /** The steps that need nothing but a confirmation; the others carry more and have their own commands. */
    private static final EnumSet<WorkflowAction> PLAIN_MOVES =
            EnumSet.of(WorkflowAction.REVIEW, WorkflowAction.ACTIVATE, WorkflowAction.AWAIT_FINAL_REPORT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private ProjectAccess access;

    @Inject
    private CallerScopes scopes;

    @Inject
    private EnvelopeChecks envelopes;

    @Inject
    private GrantService grants;

    /**
     * What the project page offers the caller: empty for everyone who does not administer the project's fund
     * (applicants, regional staff, other funds' administrators), so that they are shown no step at all.
     */
    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
    public Optional<WorkflowView> view(long projectId) {
        CallerScope scope = scopes.current();
        if (!scope.has(Role.FUND_ADMIN)) {
            return Optional.empty();
        }
        Project project = em.find(Project.class, projectId);
        if (project == null || !scope.administers(project.getFund().getId())) {
            return Optional.empty();
        }
        Grant grant = grantOf(project).orElse(null);
        boolean decided = grant != null && grant.getDecisionDate() != null;
        List<WorkflowAction> actions = WorkflowAction.allowedFrom(project.getStatus(), decided);
        List<WorkflowView.SubPoolOption> subPools = project.getRound() == null ? List.of() : em.createQuery("""
                        select new dk.pulje.application.project.WorkflowView$SubPoolOption(s.id, s.name)
                        from SubPool s where s.round = :round order by s.name""", WorkflowView.SubPoolOption.class)
                .setParameter("round", project.getRound()).getResultList();
        List<ClosingCheck.Missing> missing = actions.contains(WorkflowAction.CLOSE)
                ? project.closingCheck(grant).missing() : List.of();
        return Optional.of(new WorkflowView(project.getId(), project.getVersion(), project.getTitle(),
                project.getStatus(), project.getStatusReason(), actions,
                grant == null ? null : grant.getId(), grant == null ? null : grant.getVersion(),
                grant == null ? null : grant.getApplied(), grant == null ? null : grant.getGranted(),
                grant == null || grant.getSubPool() == null ? null : grant.getSubPool().getId(),
                project.getTotalSum(), project.getEndDate(), subPools, missing));
    }

    /**
     * Why a rejected or withdrawn project ended, for everyone who may read the project (applicants too: it is their
     * application); empty for any other project or caller.
     */
    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
    public Optional<String> statusReason(long projectId) {
        if (!access.canRead(projectId)) {
            return Optional.empty();
        }
        return em.createQuery("select p.statusReason from Project p where p.id = :id", String.class)
                .setParameter("id", projectId).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** To review, to active (also back after a returned final report), or to "final report due". */
    public void move(@NotNull @Valid MoveProject command) {
        if (!PLAIN_MOVES.contains(command.action())) {
            throw new RuleViolation("workflow.notThroughMove", command.action());
        }
        Project project = load(command.projectId(), command.expectedVersion());
        project.moveTo(command.action().target());
        guard.flush(project, SUBJECT);
    }

    /**
     * The fund grants: the grant's decision (amount, sub-pool, journal number, date, conditions) and the move to
     * "granted". Past the round's envelope only when the administrator confirmed it ({@link #envelopeExcess}).
     */
    public void grant(@NotNull @Valid GrantProject command) {
        Project project = load(command.projectId(), command.expectedVersion());
        envelopes.lockRoundOf(project); // before the grant is written below: see lockRoundOf
        Optional<Grant> existing = grantOf(project);
        existing.ifPresent(g -> guard.requireVersion(g, command.expectedGrantVersion() == null ? -1
                : command.expectedGrantVersion(), GRANT));
        project.moveTo(dk.pulje.domain.model.project.ProjectStatus.GRANTED); // refuses a step the lifecycle does not allow
        if (command.granted() == null) {
            throw new RuleViolation("workflow.grantNeedsAmount");
        }
        if (command.decisionDate() == null) {
            throw new RuleViolation("workflow.grantNeedsDate");
        }
        Grant grant = existing.orElseGet(() -> {
            Grant created = new Grant(project, null, null); // an application registered before Pulje knew of it
            em.persist(created);
            return created;
        });
        grant.payFrom(command.subPoolId() == null ? null
                : Entities.find(em, SubPool.class, command.subPoolId(), "subject.subPool"));
        em.flush();
        grants.decide(new DecideGrant(grant.getId(), grant.getVersion(), command.granted(), command.decisionDate(),
                command.journalNumber(), command.conditions(), command.confirmedOverEnvelope()));
        guard.flush(project, SUBJECT);
    }

    public void reject(@NotNull @Valid EndProject command) {
        Project project = load(command.projectId(), command.expectedVersion());
        project.reject(command.reason());
        guard.flush(project, SUBJECT);
    }

    public void withdraw(@NotNull @Valid EndProject command) {
        Project project = load(command.projectId(), command.expectedVersion());
        project.withdraw(command.reason());
        guard.flush(project, SUBJECT);
    }

    /**
     * A dated amendment of the running grant; the previous values are kept on it. The grant's version is compared
     * first: it is what two editors of an amendment really compete for, and its audit trail names who changed it.
     */
    public void amend(@NotNull @Valid AmendProjectGrant command) {
        Project project = Entities.find(em, Project.class, command.projectId(), SUBJECT);
        access.requireChangeable(project, false);
        Grant grant = grantOf(project).orElseThrow(() -> new RuleViolation("workflow.noGrant"));
        guard.requireVersion(grant, command.expectedGrantVersion(), GRANT);
        guard.requireVersion(project, command.expectedVersion(), SUBJECT);
        if (!WorkflowAction.allowedFrom(project.getStatus(), grant.getDecisionDate() != null).contains(WorkflowAction.AMEND)) {
            throw new RuleViolation("workflow.notAmendable", project.getStatus());
        }
        String reason = Text.required(command.reason(), "amendment.reason");
        if (command.amendedOn() == null) {
            throw new RuleViolation("workflow.amendNeedsDate");
        }
        if (command.newGranted() == null && command.newTotal() == null && command.newEndDate() == null) {
            throw new RuleViolation("workflow.amendNothing");
        }
        grants.amend(new AmendGrant(grant.getId(), grant.getVersion(), command.amendedOn(), reason,
                command.newGranted(), command.newTotal(), command.newEndDate(), command.confirmedOverEnvelope()));
        guard.flush(project, SUBJECT);
    }

    /** Closes the project when its final report is approved and its grant settled; otherwise says what is missing. */
    public void close(long projectId, long expectedVersion) {
        Project project = load(projectId, expectedVersion);
        project.close(grantOf(project).orElse(null));
        guard.flush(project, SUBJECT);
    }

    /**
     * By how much granting {@code amount} to this project would take its round past the envelope; empty when it
     * fits or the round states none. The dialog asks before it sends the decision or a raise.
     */
    public Optional<Money> envelopeExcess(long projectId, @NotNull Money amount) {
        Project project = Entities.find(em, Project.class, projectId, SUBJECT);
        access.requireChangeable(project, false);
        Optional<Grant> grant = grantOf(project);
        if (grant.isPresent()) {
            return envelopes.preview(grant.get()).excessWith(amount);
        }
        if (project.getRound() == null) {
            return Optional.empty();
        }
        BigDecimal sum = em.createQuery("select sum(g.granted.amount) from Grant g where g.project.round = :round",
                BigDecimal.class).setParameter("round", project.getRound()).getSingleResult();
        EnvelopeCheck check = project.getRound().envelopeCheck(Money.dkk(sum == null ? BigDecimal.ZERO : sum));
        return check.excessWith(amount);
    }

    private Project load(long projectId, long expectedVersion) {
        Project project = Entities.find(em, Project.class, projectId, SUBJECT);
        access.requireChangeable(project, false);
        return guard.requireVersion(project, expectedVersion, SUBJECT);
    }

    private Optional<Grant> grantOf(Project project) {
        return em.createQuery("select g from Grant g where g.project = :project", Grant.class)
                .setParameter("project", project).getResultStream().findFirst();
    }
}

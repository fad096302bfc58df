package dk.pulje.application.project;

import dk.pulje.application.security.ProjectAccess;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.project.BudgetLine;
import dk.pulje.domain.model.project.FinancingLine;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A project written whole, in one transaction (API v1): created with its budget and financing, or replaced at the
 * version its writer read. The rules are the entities' and {@link ProjectService}'s (a fund the caller administers, a
 * total not below the grant, no negative amounts, no changes of money on a finished project, a line a report wrote
 * about stays); a line that is sent unchanged is not touched, so that a PUT of what was read is accepted on a closed
 * project too. Audited with the caller's user, like every change.
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class WholeProjectService {

    private static final String SUBJECT = "subject.project";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private ProjectAccess access;

    /** A new project in a fund the caller administers (a round of that fund, if given). */
    public long create(long fundId, Long roundId, @NotNull ProjectType type, @NotNull ProjectStatus status,
                       @NotNull @Valid WholeProject command) {
        Fund fund = Entities.find(em, Fund.class, fundId, "subject.fund");
        access.requireAdministers(fund);
        FundingRound round = roundId == null ? null : Entities.find(em, FundingRound.class, roundId, "subject.round");
        if (round != null && !Objects.equals(round.getFund().getId(), fund.getId())) {
            throw new RuleViolation("entity.notFound", new dk.pulje.domain.model.shared.MessageKey("subject.round"), roundId);
        }
        Project project = new Project(fund, round, command.title(), type, status);
        applyDetails(project, command);
        em.persist(project);
        applyLines(project, command);
        em.flush();
        return project.getId();
    }

    /** Replaces the project's facts, budget and financing at the version the writer read. */
    public void replace(long projectId, long expectedVersion, @NotNull @Valid WholeProject command) {
        Project project = Entities.find(em, Project.class, projectId, SUBJECT);
        access.requireChangeable(project, false);
        guard.touch(project, expectedVersion, SUBJECT);
        applyDetails(project, command);
        applyLines(project, command);
        guard.flush(project, SUBJECT);
    }

    private void applyDetails(Project project, WholeProject command) {
        if (!Objects.equals(project.getTitle(), command.title())) {
            project.rename(command.title());
        }
        project.describe(command.description());
        project.assignOwner(organisation(command.ownerId()));
        project.schedule(command.startDate(), command.endDate());
        project.locateIn(command.town(), command.municipality());
        project.budgetTotal(command.totalSum()); // refuses a total below the grant
    }

    private void applyLines(Project project, WholeProject command) {
        Set<Long> keptBudget = new HashSet<>();
        for (WholeProject.BudgetLine line : command.budgetLines()) {
            if (line.id() == null) {
                project.addBudgetLine(line.category(), line.year(), line.amount(), line.note());
                continue;
            }
            BudgetLine existing = Entities.part(project.getBudgetLines(), line.id(), "subject.budgetLine");
            keptBudget.add(line.id());
            if (existing.getCategory() != line.category() || !Objects.equals(existing.getYear(), line.year())
                    || !Objects.equals(existing.getAmount(), line.amount())
                    || !Objects.equals(existing.getNote(), blankToNull(line.note()))) {
                project.changeBudgetLine(existing, line.category(), line.year(), line.amount(), line.note());
            }
        }
        for (BudgetLine gone : new ArrayList<>(project.getBudgetLines())) {
            if (gone.getId() != null && !keptBudget.contains(gone.getId())) {
                project.removeBudgetLine(gone);
            }
        }
        Set<Long> keptFinancing = new HashSet<>();
        for (WholeProject.FinancingLine line : command.financingLines()) {
            Organisation contributor = organisation(line.contributorId());
            if (line.id() == null) {
                project.addFinancing(line.kind(), contributor, line.amount(), line.note());
                continue;
            }
            FinancingLine existing = Entities.part(project.getFinancingLines(), line.id(), "subject.financingLine");
            keptFinancing.add(line.id());
            Long before = existing.getContributor() == null ? null : existing.getContributor().getId();
            if (existing.getKind() != line.kind() || !Objects.equals(before, line.contributorId())
                    || !Objects.equals(existing.getAmount(), line.amount())
                    || !Objects.equals(existing.getNote(), blankToNull(line.note()))) {
                project.changeFinancing(existing, line.kind(), contributor, line.amount(), line.note());
            }
        }
        for (FinancingLine gone : new ArrayList<>(project.getFinancingLines())) {
            if (gone.getId() != null && !keptFinancing.contains(gone.getId())) {
                project.removeFinancing(gone);
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Organisation organisation(Long id) {
        return id == null ? null : Entities.find(em, Organisation.class, id, "subject.organisation");
    }

}

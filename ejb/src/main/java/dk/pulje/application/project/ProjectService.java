package dk.pulje.application.project;

import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.Partner;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Changes to projects and their parts. Every method takes the version of the project the editor saw and is one
 * transaction: a conflict or a rule violation leaves nothing half-written. Changes to a part (partner, budget line,
 * report …) count as changes to the project, so two editors of the same project always see each other.
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class ProjectService {

    private static final String SUBJECT = "subject.project";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private ProjectAccess access;

    public long create(@NotNull @Valid NewProject command) {
        Fund fund = Entities.find(em, Fund.class, command.fundId(), "subject.fund");
        access.requireAdministers(fund);
        FundingRound round = command.roundId() == null ? null
                : Entities.find(em, FundingRound.class, command.roundId(), "subject.round");
        Project project = new Project(fund, round, command.title(), command.type(), command.status());
        project.assignOwner(organisation(command.ownerId()));
        project.schedule(command.startDate(), command.endDate());
        project.locateIn(command.town());
        project.budgetTotal(command.totalSum());
        em.persist(project);
        em.flush();
        return project.getId();
    }

    public void changeDetails(@NotNull @Valid ChangeProjectDetails command) {
        Project project = load(command.projectId(), command.expectedVersion());
        project.rename(command.title());
        project.describe(command.description());
        project.assignOwner(organisation(command.ownerId()));
        project.schedule(command.startDate(), command.endDate());
        project.locateIn(command.town(), command.municipality());
        project.budgetTotal(command.totalSum()); // the project refuses a total below its grant
        guard.flush(project, SUBJECT);
    }

    public void moveTo(long projectId, long expectedVersion, @NotNull ProjectStatus status) {
        Project project = load(projectId, expectedVersion);
        project.moveTo(status);
        guard.flush(project, SUBJECT);
    }

    public long addPartner(long projectId, long expectedVersion, long organisationId, @NotNull PartnerRole role) {
        Project project = touch(projectId, expectedVersion);
        Partner partner = project.addPartner(Entities.find(em, Organisation.class, organisationId, "subject.organisation"), role);
        guard.flush(project, SUBJECT);
        return partner.getId();
    }

    public void removePartner(long projectId, long expectedVersion, long partnerId) {
        Project project = touch(projectId, expectedVersion);
        project.removePartner(Entities.part(project.getPartners(), partnerId, "subject.partner"));
        guard.flush(project, SUBJECT);
    }

    public long addBudgetLine(long projectId, long expectedVersion, @NotNull BudgetCategory category, Integer year,
                              @NotNull Money amount, String note) {
        Project project = touch(projectId, expectedVersion);
        return persistPart(project, project.addBudgetLine(category, year, amount, note));
    }

    public long addFinancing(long projectId, long expectedVersion, @NotNull FinancingKind kind, Long contributorId,
                             Money amount, String note) {
        Project project = touch(projectId, expectedVersion);
        return persistPart(project, project.addFinancing(kind, organisation(contributorId), amount, note));
    }

    public long requireReport(long projectId, long expectedVersion, @NotNull ReportType type, @NotNull LocalDate dueDate) {
        Project project = touch(projectId, expectedVersion);
        return persistPart(project, project.requireReport(type, dueDate));
    }

    /** Applicants of the owning organisation hand in their own reports. */
    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT})
    public void submitReport(long projectId, long expectedVersion, long reportId, @NotNull LocalDate on) {
        Project project = touch(projectId, expectedVersion, true);
        Entities.part(project.getReports(), reportId, "subject.report").submit(on);
        guard.flush(project, SUBJECT);
    }

    public void approveReport(long projectId, long expectedVersion, long reportId, @NotNull LocalDate on, String remark) {
        Project project = touch(projectId, expectedVersion);
        Entities.part(project.getReports(), reportId, "subject.report").approve(on, remark);
        guard.flush(project, SUBJECT);
    }

    public void returnReport(long projectId, long expectedVersion, long reportId, @NotNull LocalDate on, String reason) {
        Project project = touch(projectId, expectedVersion);
        Entities.part(project.getReports(), reportId, "subject.report").returnForChanges(on, reason);
        guard.flush(project, SUBJECT);
    }

    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT})
    public long addMilestone(long projectId, long expectedVersion, String title, LocalDate dueDate) {
        Project project = touch(projectId, expectedVersion, true);
        return persistPart(project, project.addMilestone(title, dueDate));
    }

    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT})
    public void reachMilestone(long projectId, long expectedVersion, long milestoneId, @NotNull LocalDate on) {
        Project project = touch(projectId, expectedVersion, true);
        Entities.part(project.getMilestones(), milestoneId, "subject.milestone").reach(on);
        guard.flush(project, SUBJECT);
    }

    /** The fund's private notes on the project; applicants never see them. */
    public void noteInternally(long projectId, long expectedVersion, String note) {
        Project project = load(projectId, expectedVersion);
        project.noteInternally(note);
        guard.flush(project, SUBJECT);
    }

    private Project load(long projectId, long expectedVersion) {
        Project project = Entities.find(em, Project.class, projectId, SUBJECT);
        access.requireChangeable(project, false);
        return guard.requireVersion(project, expectedVersion, SUBJECT);
    }

    private Project touch(long projectId, long expectedVersion) {
        return touch(projectId, expectedVersion, false);
    }

    private Project touch(long projectId, long expectedVersion, boolean ownerToo) {
        Project project = Entities.find(em, Project.class, projectId, SUBJECT);
        access.requireChangeable(project, ownerToo);
        return guard.touch(project, expectedVersion, SUBJECT);
    }

    private long persistPart(Project project, dk.pulje.domain.model.shared.VersionedEntity part) {
        guard.flush(project, SUBJECT);
        return part.getId();
    }

    private Organisation organisation(Long id) {
        return id == null ? null : Entities.find(em, Organisation.class, id, "subject.organisation");
    }
}

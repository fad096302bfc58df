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
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.organisation.ContactPerson;
import jakarta.persistence.LockModeType;
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
import java.util.List;

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
        applyDetails(project, command);
        guard.flush(project, SUBJECT);
    }

    private void applyDetails(Project project, ChangeProjectDetails command) {
        project.rename(command.title());
        project.describe(command.description());
        project.assignOwner(organisation(command.ownerId()));
        project.schedule(command.startDate(), command.endDate());
        project.locateIn(command.town(), command.municipality());
        project.budgetTotal(command.totalSum()); // the project refuses a total below its grant
    }

    /** The overview as one change: the details and the fund's internal note together, or neither. */
    public void changeOverview(@NotNull @Valid ChangeProjectDetails command, String internalNote) {
        Project project = load(command.projectId(), command.expectedVersion());
        project.noteInternally(internalNote);
        applyDetails(project, command);
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

    // Contacts and content ---------------------------------------------------------------------------------------------

    /** A contact person of any organisation (usually the owner's or a partner's) with the role they have here. */
    public void addContact(long projectId, long expectedVersion, long contactPersonId, String role) {
        Project project = touch(projectId, expectedVersion);
        project.addContact(Entities.find(em, ContactPerson.class, contactPersonId, "subject.contact"), role);
        guard.flush(project, SUBJECT);
    }

    /** {@code position}: the contact's place in the list the editor saw (their version guarantees the same list). */
    public void removeContact(long projectId, long expectedVersion, int position) {
        Project project = touch(projectId, expectedVersion);
        project.removeContact(position);
        guard.flush(project, SUBJECT);
    }

    public void addTargetGroup(long projectId, long expectedVersion, String targetGroup) {
        Project project = touch(projectId, expectedVersion);
        project.addTargetGroup(targetGroup);
        guard.flush(project, SUBJECT);
    }

    public void changeTargetGroup(long projectId, long expectedVersion, int position, String targetGroup) {
        Project project = touch(projectId, expectedVersion);
        project.changeTargetGroup(position, targetGroup);
        guard.flush(project, SUBJECT);
    }

    public void removeTargetGroup(long projectId, long expectedVersion, int position) {
        Project project = touch(projectId, expectedVersion);
        project.removeTargetGroup(position);
        guard.flush(project, SUBJECT);
    }

    public void addActivity(long projectId, long expectedVersion, String activity) {
        Project project = touch(projectId, expectedVersion);
        project.addActivity(activity);
        guard.flush(project, SUBJECT);
    }

    public void changeActivity(long projectId, long expectedVersion, int position, String activity) {
        Project project = touch(projectId, expectedVersion);
        project.changeActivity(position, activity);
        guard.flush(project, SUBJECT);
    }

    public void removeActivity(long projectId, long expectedVersion, int position) {
        Project project = touch(projectId, expectedVersion);
        project.removeActivity(position);
        guard.flush(project, SUBJECT);
    }

    public long addGoal(long projectId, long expectedVersion, String description, String indicators) {
        Project project = touch(projectId, expectedVersion);
        return persistPart(project, project.addGoal(description, indicators));
    }

    public void changeGoal(long projectId, long expectedVersion, long goalId, String description, String indicators) {
        Project project = touch(projectId, expectedVersion);
        Entities.part(project.getGoals(), goalId, "subject.goal").change(description, indicators);
        guard.flush(project, SUBJECT);
    }

    public void removeGoal(long projectId, long expectedVersion, long goalId) {
        Project project = touch(projectId, expectedVersion);
        project.removeGoal(Entities.part(project.getGoals(), goalId, "subject.goal"));
        guard.flush(project, SUBJECT);
    }

    // Budget and financing -----------------------------------------------------------------------------------------------

    public long addBudgetLine(long projectId, long expectedVersion, @NotNull BudgetCategory category, Integer year,
                              @NotNull Money amount, String note) {
        Project project = touch(projectId, expectedVersion);
        return persistPart(project, project.addBudgetLine(category, year, amount, note));
    }

    public void changeBudgetLine(long projectId, long expectedVersion, long lineId, @NotNull BudgetCategory category,
                                 Integer year, @NotNull Money amount, String note) {
        Project project = touch(projectId, expectedVersion);
        project.changeBudgetLine(Entities.part(project.getBudgetLines(), lineId, "subject.budgetLine"), category, year,
                amount, note);
        guard.flush(project, SUBJECT);
    }

    public void removeBudgetLine(long projectId, long expectedVersion, long lineId) {
        Project project = touch(projectId, expectedVersion);
        project.removeBudgetLine(Entities.part(project.getBudgetLines(), lineId, "subject.budgetLine"));
        guard.flush(project, SUBJECT);
    }

    public void changeFinancing(long projectId, long expectedVersion, long lineId, @NotNull FinancingKind kind,
                                Long contributorId, Money amount, String note) {
        Project project = touch(projectId, expectedVersion);
        project.changeFinancing(Entities.part(project.getFinancingLines(), lineId, "subject.financingLine"), kind,
                organisation(contributorId), amount, note);
        guard.flush(project, SUBJECT);
    }

    public void removeFinancing(long projectId, long expectedVersion, long lineId) {
        Project project = touch(projectId, expectedVersion);
        project.removeFinancing(Entities.part(project.getFinancingLines(), lineId, "subject.financingLine"));
        guard.flush(project, SUBJECT);
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

    /** A report obligation not yet handed in; one handed in stays on record. */
    public void removeReport(long projectId, long expectedVersion, long reportId) {
        Project project = touch(projectId, expectedVersion);
        project.removeReport(Entities.part(project.getReports(), reportId, "subject.report"));
        guard.flush(project, SUBJECT);
    }

    /**
     * Records a report that reached the fund outside Pulje (by post or e-mail) as handed in. Applicants hand in their
     * own reports through {@code ReportService.submit}, which checks what the report holds (the accounts' tier); this
     * command does not, so it is the fund's alone.
     */
    public void submitReport(long projectId, long expectedVersion, long reportId, @NotNull LocalDate on) {
        Project project = touch(projectId, expectedVersion, true);
        Entities.part(project.getReports(), reportId, "subject.report").submit(on);
        guard.flush(project, SUBJECT);
    }

    public void approveReport(long projectId, long expectedVersion, long reportId, @NotNull LocalDate on, String remark) {
        Project project = touch(projectId, expectedVersion);
        ReportObligation report = Entities.part(project.getReports(), reportId, "subject.report");
        report.approve(on, remark);
        releasePaymentsWaitingFor(report, on);
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

    /**
     * Approving a report releases the tranches that wait for it: they become payable (see {@link Payment}). The grant
     * counts it as its own change, so an editor of its payment plan sees it.
     */
    private void releasePaymentsWaitingFor(ReportObligation report, LocalDate on) {
        List<Payment> waiting = em.createQuery("select p from Payment p join fetch p.grant where p.report = :report",
                Payment.class).setParameter("report", report).getResultList();
        for (Payment payment : waiting) {
            payment.release(on);
            em.lock(payment.getGrant(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    public void removeMilestone(long projectId, long expectedVersion, long milestoneId) {
        Project project = touch(projectId, expectedVersion);
        project.removeMilestone(Entities.part(project.getMilestones(), milestoneId, "subject.milestone"));
        guard.flush(project, SUBJECT);
    }

    /** The contact persons who could be added: those of the owner and the partners, by name. */
    public List<ContactOption> contactOptions(long projectId) {
        Project project = Entities.find(em, Project.class, projectId, SUBJECT);
        access.requireChangeable(project, false);
        return em.createQuery("""
                        select new dk.pulje.application.project.ContactOption(c.id, c.name, o.name)
                        from ContactPerson c join c.organisation o
                        where o.id = (select p.owner.id from Project p where p.id = :id)
                           or o.id in (select pa.organisation.id from Partner pa where pa.project.id = :id)
                        order by c.name, o.name""", ContactOption.class)
                .setParameter("id", projectId).getResultList();
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

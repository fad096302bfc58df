package dk.pulje.application.report;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.application.security.SecurityLog;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.AttachmentKind;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.domain.model.project.BudgetLine;
import dk.pulje.domain.model.project.FinancingLine;
import dk.pulje.domain.model.project.Milestone;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ReportCofinancing;
import dk.pulje.domain.model.project.ReportGoalValue;
import dk.pulje.domain.model.project.ReportMilestone;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ReportSection;
import dk.pulje.domain.model.project.ReportSectionText;
import dk.pulje.domain.model.project.ReportSpending;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ResultGoal;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Progress and final reports: the grantee writes (in drafts) and hands in; the fund's administrator returns with
 * comments or approves. Every command carries the version of the report the caller saw and is one transaction.
 * <p>
 * Who may do what: the applicants of the project's owner write and hand in (a partner only reads); the administrators
 * of the project's fund review. Anyone else, or an id outside the caller's projects, finds nothing.
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT})
public class ReportService {

    private static final String SUBJECT = "subject.report";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private ProjectAccess access;

    @Inject
    private CallerScopes scopes;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    /** The report as its form or review screen shows it. */
    public ReportView open(long reportId) {
        ReportObligation report = readable(reportId);
        return view(report);
    }

    /** Saves what the grantee has written so far; the report stays open. Returns the report's new version. */
    @RolesAllowed(Roles.APPLICANT)
    public long saveDraft(@NotNull @Valid SaveReport command) {
        ReportObligation report = writable(command.reportId(), command.expectedVersion());
        apply(report, command);
        report.saveDraft(Instant.now(clock));
        guard.flush(report, SUBJECT);
        return report.getVersion();
    }

    /**
     * Saves the form and hands the report in, in one transaction: a report with accounts is handed in only when the
     * accounts hold what the grant's tier asks for; otherwise nothing is saved and the message names every gap.
     */
    @RolesAllowed(Roles.APPLICANT)
    public void submit(@NotNull @Valid SaveReport command) {
        ReportObligation report = writable(command.reportId(), command.expectedVersion());
        apply(report, command);
        LocalDate today = LocalDate.now(clock);
        if (report.getType().hasAccounts()) {
            Project project = report.getProject();
            report.submitWithAccounts(today, grantOf(project).map(Grant::accountsTier).orElse(null), project.getBudgetLines());
        } else {
            report.submit(today);
        }
        touchProject(report);
        guard.flush(report, SUBJECT);
    }

    /** Sends a handed-in report back to the grantee with an overall remark and/or comments per section. */
    @RolesAllowed(Roles.FUND_ADMIN)
    public void returnReport(@NotNull @Valid ReturnReport command) {
        ReportObligation report = reviewable(command.reportId(), command.expectedVersion());
        report.returnForChanges(LocalDate.now(clock), command.remark(),
                command.comments() == null ? Map.of() : command.comments());
        touchProject(report);
        guard.flush(report, SUBJECT);
    }

    /**
     * Approves a handed-in report. The tranches waiting for it are released (they fall due for payment); approved
     * accounts record what of the grant was not spent and what is to be paid back, and let the project close.
     */
    @RolesAllowed(Roles.FUND_ADMIN)
    public void approve(long reportId, long expectedVersion, String remark) {
        ReportObligation report = reviewable(reportId, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        if (report.getType().hasAccounts()) {
            ReportView.Accounts accounts = accounts(report);
            report.approveAccounts(today, remark, accounts.unspent(), accounts.repayment());
        } else {
            report.approve(today, remark);
        }
        releasePaymentsWaitingFor(report, today);
        touchProject(report);
        guard.flush(report, SUBJECT);
    }

    // Lists ------------------------------------------------------------------------------------------------------------

    /**
     * The project's budget beside the spending its latest handed-in report states (submitted or approved, the latest
     * by hand-in date), line by line, in two statements. Read by everyone who reads the project: its applicants (owner
     * and partners), the fund's administrators and the regional staff who read the fund's portfolio.
     */
    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
    public SpendingAgainstBudget spendingAgainstBudget(long projectId) {
        requireReadableProject(projectId);
        List<Object[]> latest = em.createQuery("""
                        select r.id, r.type, r.status, r.submittedOn from ReportObligation r
                        where r.project.id = :id and r.status in (:handedIn)
                        order by r.submittedOn desc, r.id desc""", Object[].class)
                .setParameter("id", projectId).setParameter("handedIn", List.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED))
                .setMaxResults(1).getResultList();
        Long reportId = latest.isEmpty() ? null : (Long) latest.get(0)[0];
        List<SpendingAgainstBudget.Line> lines = em.createQuery("""
                        select b.id, b.category, b.year, b.note, b.amount, s.amount
                        from BudgetLine b left join ReportSpending s on s.budgetLine = b and s.report.id = :report
                        where b.project.id = :id order by b.year nulls first, b.category, b.id""", Object[].class)
                .setParameter("id", projectId).setParameter("report", reportId == null ? -1L : reportId)
                .getResultList().stream()
                .map(row -> SpendingAgainstBudget.Line.of((Long) row[0], (BudgetCategory) row[1], (Integer) row[2],
                        (String) row[3], (Money) row[4], (Money) row[5]))
                .toList();
        Money budgeted = lines.stream().map(SpendingAgainstBudget.Line::budgeted).reduce(Money.zero(Money.DKK), Money::plus);
        Money reported = reportId == null ? null : lines.stream().map(SpendingAgainstBudget.Line::reported)
                .filter(java.util.Objects::nonNull).reduce(Money.zero(Money.DKK), Money::plus);
        return latest.isEmpty() ? new SpendingAgainstBudget(null, null, null, null, lines, budgeted, null)
                : new SpendingAgainstBudget(reportId, (ReportType) latest.get(0)[1], (ReportStatus) latest.get(0)[2],
                (LocalDate) latest.get(0)[3], lines, budgeted, reported);
    }

    /**
     * The project's reports by due date, each with its status today and what the caller may do with it, in two
     * statements (the project's owner and fund, then the reports).
     */
    @RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
    public List<ReportSummary> reportsOf(long projectId) {
        requireReadableProject(projectId);
        Object[] project = em.createQuery("select o.id, p.fund.id from Project p left join p.owner o where p.id = :id",
                Object[].class).setParameter("id", projectId).getSingleResult();
        CallerScope scope = scopes.current();
        boolean ownersApplicant = project[0] != null && scope.belongsTo((Long) project[0]);
        boolean fundsAdministrator = scope.administers((Long) project[1]);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        select r.id, r.type, r.dueDate, r.status, r.draftSavedAt, r.submittedOn, r.decidedOn, r.note
                        from ReportObligation r where r.project.id = :id order by r.dueDate, r.id""", Object[].class)
                .setParameter("id", projectId).getResultList().stream()
                .map(row -> {
                    ReportStatus stored = (ReportStatus) row[3];
                    boolean open = stored == ReportStatus.DUE || stored == ReportStatus.RETURNED;
                    return new ReportSummary((Long) row[0], (ReportType) row[1], (LocalDate) row[2],
                            ReportObligation.statusOn(stored, (LocalDate) row[2], (Instant) row[4], today),
                            (Instant) row[4], (LocalDate) row[5], (LocalDate) row[6], (String) row[7],
                            open && ownersApplicant, stored == ReportStatus.SUBMITTED && fundsAdministrator);
                })
                .toList();
    }

    private void requireReadableProject(long projectId) {
        if (!access.canRead(projectId)) {
            throw new RuleViolation("entity.notFound", new MessageKey("subject.project"), projectId);
        }
    }

    // Access ----------------------------------------------------------------------------------------------------------

    private ReportObligation readable(long reportId) {
        ReportObligation report = Entities.find(em, ReportObligation.class, reportId, SUBJECT);
        if (!access.canRead(report.getProject().getId())) {
            throw notFound(reportId);
        }
        return report;
    }

    /** Only the owner's applicants write; a partner, or the fund, reads. */
    private ReportObligation writable(long reportId, long expectedVersion) {
        ReportObligation report = readable(reportId);
        Project project = report.getProject();
        if (!isOwnersApplicant(scopes.current(), project)) {
            securityLog.record(SecurityEventType.ACCESS_DENIED, scopes.current().username(), null, null,
                    "security.detail.projectChange", project.getId());
            throw new RuleViolation("access.denied");
        }
        return guard.requireVersion(report, expectedVersion, SUBJECT);
    }

    private ReportObligation reviewable(long reportId, long expectedVersion) {
        ReportObligation report = readable(reportId);
        access.requireChangeable(report.getProject(), false);
        return guard.requireVersion(report, expectedVersion, SUBJECT);
    }

    private static boolean isOwnersApplicant(CallerScope scope, Project project) {
        return project.getOwner() != null && scope.belongsTo(project.getOwner().getId());
    }

    private static RuleViolation notFound(long reportId) {
        return new RuleViolation("entity.notFound", new MessageKey(SUBJECT), reportId);
    }

    /** Handing in or deciding a report changes what the project page shows: editors of the project see it. */
    private void touchProject(ReportObligation report) {
        em.lock(report.getProject(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    // Writing ---------------------------------------------------------------------------------------------------------

    private void apply(ReportObligation report, SaveReport command) {
        Project project = report.getProject();
        report.cover(command.periodFrom(), command.periodTo());
        if (command.texts() != null) {
            command.texts().forEach(report::write);
        }
        each(command.spending(), project.getBudgetLines(), "subject.budgetLine", report::spend);
        each(command.cofinancing(), project.getFinancingLines(), "subject.financingLine", report::realise);
        each(command.milestones(), project.getMilestones(), "subject.milestone",
                (milestone, entry) -> report.state(milestone, entry == null ? null : entry.status(),
                        entry == null ? null : entry.note()));
        each(command.goalValues(), project.getGoals(), "subject.goal", report::measure);
        if (report.getType().hasAccounts() && command.accounts() != null) {
            SaveReport.Signature signature = command.accounts();
            report.sign(signature.signerName(), signature.signerQualification(), signature.declarationConfirmed());
        }
    }

    /** Applies each entry to the project's part with that id; an id of another project's part is "not found". */
    private static <P extends dk.pulje.domain.model.shared.VersionedEntity, V> void each(
            Map<Long, V> entries, List<P> parts, String subjectKey, java.util.function.BiConsumer<P, V> action) {
        if (entries == null) {
            return;
        }
        entries.forEach((id, value) -> action.accept(Entities.part(parts, id, subjectKey), value));
    }

    private void releasePaymentsWaitingFor(ReportObligation report, LocalDate on) {
        List<Payment> waiting = em.createQuery("select p from Payment p join fetch p.grant where p.report = :report",
                Payment.class).setParameter("report", report).getResultList();
        for (Payment payment : waiting) {
            payment.release(on);
            em.lock(payment.getGrant(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    // Reading ---------------------------------------------------------------------------------------------------------

    private Optional<Grant> grantOf(Project project) {
        return em.createQuery("select g from Grant g where g.project = :project", Grant.class)
                .setParameter("project", project).getResultStream().findFirst();
    }

    private ReportView view(ReportObligation report) {
        Project project = report.getProject();
        CallerScope scope = scopes.current();
        LocalDate today = LocalDate.now(clock);
        boolean editable = report.isOpen() && isOwnersApplicant(scope, project);
        boolean reviewable = report.getStatus() == ReportStatus.SUBMITTED && scope.administers(project.getFund().getId());

        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        Map<ReportSection, String> comments = new EnumMap<>(ReportSection.class);
        for (ReportSectionText section : report.getSections()) {
            if (section.getBody() != null) {
                texts.put(section.getSection(), section.getBody());
            }
            if (section.getReviewComment() != null) {
                comments.put(section.getSection(), section.getReviewComment());
            }
        }
        Map<Long, Money> reported = report.getSpending().stream()
                .collect(Collectors.toMap(s -> s.getBudgetLine().getId(), ReportSpending::getAmount));
        Map<Long, Money> before = previouslyReported(report);
        List<ReportView.SpendingLine> spending = project.getBudgetLines().stream()
                .map(line -> new ReportView.SpendingLine(line.getId(), line.getCategory(), line.getYear(), line.getNote(),
                        line.getAmount(), reported.get(line.getId()), before.get(line.getId())))
                .toList();
        Map<Long, Money> realised = report.getCofinancing().stream()
                .collect(Collectors.toMap(c -> c.getFinancingLine().getId(), ReportCofinancing::getAmount));
        List<ReportView.CofinancingLine> cofinancing = project.getFinancingLines().stream()
                .map(line -> new ReportView.CofinancingLine(line.getId(), line.getKind(),
                        line.getContributor() == null ? null : line.getContributor().getName(), line.getAmount(),
                        realised.get(line.getId())))
                .toList();
        Map<Long, ReportMilestone> stated = report.getMilestones().stream()
                .collect(Collectors.toMap(m -> m.getMilestone().getId(), Function.identity()));
        List<ReportView.MilestoneLine> milestones = project.getMilestones().stream()
                .map(m -> {
                    ReportMilestone entry = stated.get(m.getId());
                    return new ReportView.MilestoneLine(m.getId(), m.getTitle(), m.getDueDate(), m.getStatus(),
                            entry == null ? null : entry.getStatus(), entry == null ? null : entry.getNote());
                })
                .toList();
        Map<Long, String> values = report.getGoalValues().stream()
                .collect(Collectors.toMap(g -> g.getGoal().getId(), ReportGoalValue::getValue));
        List<ReportView.GoalLine> goals = project.getGoals().stream()
                .map(g -> new ReportView.GoalLine(g.getId(), g.getPosition(), g.getDescription(), g.getIndicators(),
                        values.get(g.getId())))
                .toList();
        List<ReportView.AttachmentLine> attachments = report.getAttachments().stream()
                .map(a -> new ReportView.AttachmentLine(a.getId(), a.getKind(), a.getFileName(), a.getContentType(),
                        a.getSizeBytes(), a.getUploadedAt(), a.getUploadedBy()))
                .toList();
        return new ReportView(report.getId(), report.getVersion(), project.getId(), project.getTitle(),
                project.getOwner() == null ? null : project.getOwner().getName(), report.getType(),
                report.statusOn(today), report.getDueDate(), report.getPeriodFrom(), report.getPeriodTo(),
                report.getDraftSavedAt(), report.getSubmittedOn(), report.getDecidedOn(), report.getNote(), editable,
                reviewable, ReportSection.narrativeOf(report.getType()), texts, comments, spending, cofinancing,
                milestones, goals, attachments, report.getType().hasAccounts() ? accounts(report) : null);
    }

    /** Per budget line, what the last approved report of the project before this one stated as spent. */
    private Map<Long, Money> previouslyReported(ReportObligation report) {
        Optional<ReportObligation> previous = report.getProject().getReports().stream()
                .filter(r -> !r.equals(report) && r.getStatus() == ReportStatus.APPROVED && r.getSubmittedOn() != null)
                .filter(r -> report.getSubmittedOn() == null || !r.getSubmittedOn().isAfter(report.getSubmittedOn()))
                .max(java.util.Comparator.comparing(ReportObligation::getSubmittedOn).thenComparing(ReportObligation::getId));
        Map<Long, Money> before = new HashMap<>();
        previous.ifPresent(r -> r.getSpending().forEach(s -> before.put(s.getBudgetLine().getId(), s.getAmount())));
        return before;
    }

    /**
     * The accounts and what follows from them. Of the grant, the project used what its spending took beyond the
     * co-financing realised, and never more than the grant; the rest is unspent. Of what was paid, what exceeds what
     * was used is to be paid back. Once approved, the recorded figures stand.
     */
    private ReportView.Accounts accounts(ReportObligation report) {
        Project project = report.getProject();
        Optional<Grant> grant = grantOf(project);
        Money zero = Money.dkk("0");
        Money granted = grant.map(Grant::getGranted).orElse(null);
        Money paid = grant.map(Grant::paid).orElse(zero);
        Money spent = report.getSpending().stream().map(ReportSpending::getAmount).reduce(zero, Money::plus);
        Money cofinanced = report.getCofinancing().stream().map(ReportCofinancing::getAmount).reduce(zero, Money::plus);
        Money unspent = report.getUnspent();
        Money repayment = report.getRepayment();
        if (unspent == null && granted != null) {
            Money used = spent.minus(cofinanced);
            used = used.isNegative() ? zero : used;
            used = used.isGreaterThan(granted) ? granted : used;
            unspent = granted.minus(used);
            Money back = paid.minus(used);
            repayment = back.isNegative() ? zero : back;
        }
        AccountsTier tier = report.getAccountsTier() != null ? report.getAccountsTier()
                : grant.map(Grant::accountsTier).orElse(null);
        boolean auditorStatement = report.getAttachments().stream().anyMatch(a -> a.getKind() == AttachmentKind.AUDITOR_STATEMENT);
        return new ReportView.Accounts(tier, granted, paid, spent, cofinanced, unspent, repayment,
                report.getSignerName(), report.getSignerQualification(), report.isDeclarationConfirmed(), auditorStatement);
    }
}

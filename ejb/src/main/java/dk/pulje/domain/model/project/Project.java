package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.Theme;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Funded (or applied-for) work in a fund: the aggregate root for its partners, contacts, target groups, activities,
 * result goals, budget, financing, report obligations and milestones. The owner, round, period, town and total project
 * sum may be unknown when the source does not state them; they are then null, never guessed.
 * <p>
 * Changes to money, status, dates and partners are audited (Envers); the parts that carry them are audited themselves.
 */
@Entity
@Audited
@Table(name = "project")
public class Project extends VersionedEntity {

    @NotNull
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false)
    private Fund fund;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    private FundingRound round;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    /** A maturation project leads to the larger project it prepares. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_id")
    private Project followUp;

    @NotBlank
    @Size(max = 300)
    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 30)
    private ProjectType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ProjectStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Size(max = 100)
    @Column(name = "town", length = 100)
    private String town;

    @Size(max = 100)
    @Column(name = "municipality", length = 100)
    private String municipality;

    /**
     * The stable key of the allocation-list row this project was imported from (issue 12, V25; unique in its round),
     * so that importing the same list again finds it. Null for projects entered by hand. Not audited: it names where
     * the project came from, it is not a fact about the project.
     */
    @NotAudited
    @Size(max = 700)
    @Column(name = "import_key", length = 700)
    private String importKey;

    /** Why the project was rejected or withdrawn (the reason given with that step); null otherwise. */
    @Column(name = "status_reason", columnDefinition = "text")
    private String statusReason;

    /** The fund's internal review notes: never shown to applicants (nor in the history they may read). */
    @Column(name = "internal_note", columnDefinition = "text")
    private String internalNote;

    /** Samlet projektsum: the whole cost of the project. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3))
    })
    private Money totalSum;

    @NotAudited
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, id")
    private List<Partner> partners = new ArrayList<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ElementCollection
    @CollectionTable(name = "project_contact", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<ProjectContact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_target_group", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "description", nullable = false, length = 1000)
    private List<String> targetGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_activity", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "description", nullable = false, columnDefinition = "text")
    private List<String> activities = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ResultGoal> goals = new ArrayList<>();

    @NotAudited
    @ManyToMany
    @JoinTable(name = "project_theme",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new HashSet<>();

    @NotAudited
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year, category, id")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, id")
    private List<FinancingLine> financingLines = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<ReportObligation> reports = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<Milestone> milestones = new ArrayList<>();

    /**
     * The fund's grant for this project, at most one ({@code project_grant.project_id} is unique). Mapped here only so
     * that the project itself can keep "the grant never exceeds the total project sum" when its total changes; a plain
     * collection because it stays lazy (an inverse one-to-one would be read with every project). Read only by the
     * commands that change money.
     */
    @NotAudited
    @OneToMany(mappedBy = "project")
    private Set<Grant> grants = new HashSet<>();

    protected Project() {
        // for JPA
    }

    public Project(Fund fund, FundingRound round, String title, ProjectType type, ProjectStatus status) {
        this.fund = Objects.requireNonNull(fund, "fund");
        if (round != null && !round.getFund().equals(fund)) {
            throw new RuleViolation("project.roundOfOtherFund", round.getName(), fund.getShortName());
        }
        this.round = round;
        this.title = Text.required(title, "project.title");
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
    }

    public void rename(String newTitle) {
        this.title = Text.required(newTitle, "project.title");
    }

    public void describe(String newDescription) {
        this.description = Text.optional(newDescription);
    }

    public void noteInternally(String note) {
        this.internalNote = Text.optional(note);
    }

    /** Marks the project as imported from the list row with this key (see {@code ImportKey}). */
    public void keyForImport(String key) {
        this.importKey = Text.optional(key);
    }

    public String getImportKey() {
        return importKey;
    }

    public void assignOwner(Organisation newOwner) {
        this.owner = newOwner;
    }

    public void locateIn(String newTown, String newMunicipality) {
        this.town = Text.optional(newTown);
        this.municipality = Text.optional(newMunicipality);
    }

    public void locateIn(String newTown) {
        locateIn(newTown, municipality);
    }

    /** Sets the period; either end may be unknown, but an end before the start is refused. */
    public void schedule(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolation("project.endBeforeStart", end, start);
        }
        this.startDate = start;
        this.endDate = end;
    }

    /**
     * The total project sum. It may not fall below what the fund has granted, and a closed, rejected or withdrawn
     * project keeps the total it had (setting the same total again is no change).
     */
    public void budgetTotal(Money total) {
        Money checked = Money.requireNotNegative(total);
        if (Objects.equals(checked, totalSum)) {
            return;
        }
        requireMoneyMayChange();
        Money granted = grantedAmount();
        if (checked != null && granted != null && granted.isGreaterThan(checked)) {
            throw new RuleViolation("grant.exceedsTotal", granted, checked);
        }
        this.totalSum = checked;
    }

    /**
     * Closed, rejected and withdrawn projects take no more changes of money ({@link ProjectStatus#isFinal()}): their
     * total, budget, financing and grant stay as they were when the project ended. Every command that changes an
     * amount of the project or its grant asks here first.
     */
    public void requireMoneyMayChange() {
        if (status.isFinal()) {
            throw new RuleViolation("project.moneyFinal", status);
        }
    }

    /**
     * Called by the {@link Grant} constructor: a project has one grant. Keeping the link on this side lets
     * {@link #budgetTotal} see the granted amount.
     */
    public void acceptGrant(Grant grant) {
        Objects.requireNonNull(grant, "grant");
        if (!grants.isEmpty() && !grants.contains(grant)) {
            throw new RuleViolation("grant.exists", title);
        }
        requireMoneyMayChange();
        grants.add(grant);
    }

    /** What the fund granted, if decided and stated. */
    private Money grantedAmount() {
        return grants.stream().map(Grant::getGranted).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Moves the project along its lifecycle; a step the lifecycle does not allow is refused. */
    public void moveTo(ProjectStatus target) {
        Objects.requireNonNull(target, "target");
        requireTransition(target);
        if (target.isFinal()) {
            // Rejecting and withdrawing need a reason, closing needs its preconditions: only their own methods end a
            // project, so that no path (a generic status change, an import, the API) can skip them.
            throw new RuleViolation("project.statusNeedsItsStep", target);
        }
        this.status = target;
    }

    private void requireTransition(ProjectStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation("project.statusTransition", status, target);
        }
    }

    /** The last step into a final status, after the method that takes it has checked what it needs. */
    private void end(ProjectStatus target) {
        requireTransition(target);
        this.status = target;
    }

    /** The fund says no; the reason is required, kept and shown. */
    public void reject(String reason) {
        String why = Text.required(reason, "project.rejectReason");
        end(ProjectStatus.REJECTED);
        this.statusReason = why;
    }

    /** The applicant or the fund ends the project before its time; the reason is required, kept and shown. */
    public void withdraw(String reason) {
        String why = Text.required(reason, "project.withdrawReason");
        end(ProjectStatus.WITHDRAWN);
        this.statusReason = why;
    }

    /**
     * What still stands in the way of closing the project: its final report approved and its grant paid out in full
     * ({@link ClosingCheck}). Asked by the interface before it offers to close, and by {@link #close} itself.
     */
    public ClosingCheck closingCheck(Grant grant) {
        return ClosingCheck.of(reports, grant);
    }

    /** Closes the project, but only when nothing is missing; otherwise the refusal names every missing item. */
    public void close(Grant grant) {
        if (!status.canMoveTo(ProjectStatus.CLOSED)) {
            throw new RuleViolation("project.statusTransition", status, ProjectStatus.CLOSED);
        }
        ClosingCheck check = closingCheck(grant);
        if (!check.satisfied()) {
            throw new ProjectNotClosable(check);
        }
        end(ProjectStatus.CLOSED);
    }

    /** The larger project this maturation project leads to. */
    public void leadsTo(Project next) {
        if (next != null) {
            if (type != ProjectType.MATURATION) {
                throw new RuleViolation("project.followUpOnlyForMaturation");
            }
            if (next == this || next.equals(this)) {
                throw new RuleViolation("project.followUpSelf");
            }
        }
        this.followUp = next;
    }

    public Partner addPartner(Organisation organisation, PartnerRole role) {
        Objects.requireNonNull(organisation, "organisation");
        if (organisation.equals(owner)) {
            throw new RuleViolation("project.ownerIsNotPartner", organisation.getName());
        }
        boolean duplicate = partners.stream()
                .anyMatch(p -> p.getOrganisation().equals(organisation) && p.getRole() == role);
        if (duplicate) {
            throw new RuleViolation("project.partnerTwice", organisation.getName(), role);
        }
        Partner partner = new Partner(this, organisation, role);
        partners.add(partner);
        return partner;
    }

    public void removePartner(Partner partner) {
        partners.remove(partner);
    }

    /**
     * An organisation merge (issue 9): what the duplicate was in this project, the kept organisation becomes. The owner
     * stays the owner; a partnership moves unless the kept organisation already has it (same role) or owns the project,
     * in which case the duplicate's is dropped (one row per organisation and role; the owner is not a partner); a
     * financing line keeps its amount and is credited to the kept organisation. Partnerships move as removed + added,
     * so that the project's history says which organisation left and which came. Money rules do not apply: no amount
     * changes, so a closed project takes the merge too.
     */
    public void replaceOrganisation(Organisation duplicate, Organisation kept) {
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(kept, "kept");
        if (duplicate.equals(owner)) {
            this.owner = kept;
        }
        if (kept.equals(owner)) {
            partners.removeIf(p -> p.getOrganisation().equals(kept));
        }
        for (Partner partner : List.copyOf(partners)) {
            if (partner.getOrganisation().equals(duplicate)) {
                partners.remove(partner);
                boolean keptHasIt = kept.equals(owner) || partners.stream()
                        .anyMatch(p -> p.getOrganisation().equals(kept) && p.getRole() == partner.getRole());
                if (!keptHasIt) {
                    partners.add(new Partner(this, kept, partner.getRole()));
                }
            }
        }
        financingLines.stream().filter(l -> duplicate.equals(l.getContributor())).forEach(l -> l.creditTo(kept));
    }

    public void addContact(ContactPerson person, String role) {
        Objects.requireNonNull(person, "person");
        if (contacts.stream().anyMatch(c -> c.getPerson().equals(person))) {
            throw new RuleViolation("project.contactTwice", person.getName());
        }
        contacts.add(new ProjectContact(person, role));
    }

    /** The contact at this position of the list (as the page shows it). */
    public void removeContact(int position) {
        contacts.remove(element(contacts, position, "subject.contact"));
    }

    public void addTargetGroup(String targetGroup) {
        targetGroups.add(Text.required(targetGroup, "project.targetGroup"));
    }

    public void changeTargetGroup(int position, String targetGroup) {
        element(targetGroups, position, "subject.targetGroup");
        targetGroups.set(position, Text.required(targetGroup, "project.targetGroup"));
    }

    public void removeTargetGroup(int position) {
        targetGroups.remove(indexOf(targetGroups, position, "subject.targetGroup"));
    }

    public void addActivity(String activity) {
        activities.add(Text.required(activity, "project.activity"));
    }

    public void changeActivity(int position, String activity) {
        element(activities, position, "subject.activity");
        activities.set(position, Text.required(activity, "project.activity"));
    }

    public void removeActivity(int position) {
        activities.remove(indexOf(activities, position, "subject.activity"));
    }

    public ResultGoal addGoal(String goalDescription, String indicators) {
        int next = goals.stream().mapToInt(ResultGoal::getPosition).max().orElse(0) + 1;
        ResultGoal goal = new ResultGoal(this, next, goalDescription, indicators);
        goals.add(goal);
        return goal;
    }

    public void removeGoal(ResultGoal goal) {
        requireNotReportedOn(reports.stream().flatMap(r -> r.getGoalValues().stream()).anyMatch(v -> v.getGoal().equals(goal)));
        goals.remove(goal);
    }

    /** A report not yet handed in can be dropped; one handed in is part of the record. */
    public void removeReport(ReportObligation report) {
        if (report.getStatus() != ReportStatus.DUE) {
            throw new RuleViolation("report.cannotRemove", report.getStatus());
        }
        reports.remove(report);
    }

    public void removeMilestone(Milestone milestone) {
        requireNotReportedOn(reports.stream().flatMap(r -> r.getMilestones().stream()).anyMatch(m -> m.getMilestone().equals(milestone)));
        milestones.remove(milestone);
    }

    /** An element of a value list by its position; a position the list does not have is "not found". */
    private static <T> T element(List<T> list, int position, String subjectKey) {
        return list.get(indexOf(list, position, subjectKey));
    }

    private static int indexOf(List<?> list, int position, String subjectKey) {
        if (position < 0 || position >= list.size()) {
            throw new RuleViolation("entity.notFound", new dk.pulje.domain.model.shared.MessageKey(subjectKey), position + 1);
        }
        return position;
    }

    public void addTheme(Theme theme) {
        themes.add(Objects.requireNonNull(theme, "theme"));
    }

    public BudgetLine addBudgetLine(BudgetCategory category, Integer year, Money amount, String note) {
        requireMoneyMayChange();
        BudgetLine line = new BudgetLine(this, category, year, amount, note);
        budgetLines.add(line);
        return line;
    }

    public void changeBudgetLine(BudgetLine line, BudgetCategory category, Integer year, Money amount, String note) {
        requireMoneyMayChange();
        line.change(category, year, amount, note);
    }

    public void removeBudgetLine(BudgetLine line) {
        requireMoneyMayChange();
        requireNotReportedOn(reports.stream().flatMap(r -> r.getSpending().stream()).anyMatch(s -> s.getBudgetLine().equals(line)));
        budgetLines.remove(line);
    }

    public FinancingLine addFinancing(FinancingKind kind, Organisation contributor, Money amount, String note) {
        requireMoneyMayChange();
        FinancingLine line = new FinancingLine(this, kind, contributor, amount, note);
        financingLines.add(line);
        return line;
    }

    public void changeFinancing(FinancingLine line, FinancingKind kind, Organisation contributor, Money amount, String note) {
        requireMoneyMayChange();
        line.change(kind, contributor, amount, note);
    }

    public void removeFinancing(FinancingLine line) {
        requireMoneyMayChange();
        requireNotReportedOn(reports.stream().flatMap(r -> r.getCofinancing().stream()).anyMatch(c -> c.getFinancingLine().equals(line)));
        financingLines.remove(line);
    }

    /** A part a report has written about stays: the report must keep meaning what it said. */
    private static void requireNotReportedOn(boolean reported) {
        if (reported) {
            throw new RuleViolation("report.partReportedOn");
        }
    }

    public ReportObligation requireReport(ReportType reportType, LocalDate dueDate) {
        ReportObligation report = new ReportObligation(this, reportType, dueDate);
        reports.add(report);
        return report;
    }

    public Milestone addMilestone(String milestoneTitle, LocalDate dueDate) {
        Milestone milestone = new Milestone(this, milestoneTitle, dueDate);
        milestones.add(milestone);
        return milestone;
    }

    /** The budget and financing position, judged by the effective co-financing rule ({@link #cofinancingRule()}). */
    public FinancingSummary financing() {
        return FinancingSummary.of(totalSum, grantedAmount(),
                budgetLines.stream().map(BudgetLine::getAmount).toList(),
                financingLines.stream().map(l -> new FinancingSummary.Part(l.getKind(), l.getAmount())).toList(),
                cofinancingRule().orElse(null));
    }

    /** The co-financing rule the project answers to: its grant's sub-pool's own rule, else its fund's (issue 11). */
    public java.util.Optional<dk.pulje.domain.model.fund.OwnFinancingRule> cofinancingRule() {
        return grants.stream().map(Grant::getSubPool).filter(Objects::nonNull).findFirst()
                .map(dk.pulje.domain.model.fund.SubPool::effectiveCofinancingRule)
                .orElseGet(fund::getOwnFinancingRule);
    }

    public Fund getFund() {
        return fund;
    }

    public FundingRound getRound() {
        return round;
    }

    public Organisation getOwner() {
        return owner;
    }

    public Project getFollowUp() {
        return followUp;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ProjectType getType() {
        return type;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getTown() {
        return town;
    }

    public String getMunicipality() {
        return municipality;
    }

    public Money getTotalSum() {
        return totalSum;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public List<Partner> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public List<ProjectContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<String> getTargetGroups() {
        return Collections.unmodifiableList(targetGroups);
    }

    public List<String> getActivities() {
        return Collections.unmodifiableList(activities);
    }

    public List<ResultGoal> getGoals() {
        return Collections.unmodifiableList(goals);
    }

    public Set<Theme> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public List<BudgetLine> getBudgetLines() {
        return Collections.unmodifiableList(budgetLines);
    }

    public List<FinancingLine> getFinancingLines() {
        return Collections.unmodifiableList(financingLines);
    }

    public List<ReportObligation> getReports() {
        return Collections.unmodifiableList(reports);
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }
}

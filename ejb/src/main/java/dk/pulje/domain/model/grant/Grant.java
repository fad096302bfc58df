package dk.pulje.domain.model.grant;

import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The fund's decision on a project (bevilling, tilsagn): applied and granted amount, decision date, journal number,
 * conditions and sub-pool; later its amendments and payments. One per project.
 * <p>
 * Rules it keeps: amounts are never negative; the grant never exceeds the total project sum (the project keeps the
 * same rule when its total changes); once decided, the granted amount changes only through a dated
 * {@link GrantAmendment}; Σ paid (and Σ planned) never exceeds the granted amount; a closed, rejected or withdrawn
 * project's grant takes no more changes of money.
 */
@Entity
@Audited
@Table(name = "project_grant")
public class Grant extends VersionedEntity {

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sub_pool_id")
    private SubPool subPool;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "applied_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "applied_currency", length = 3))
    })
    private Money applied;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "granted_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "granted_currency", length = 3))
    })
    private Money granted;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Size(max = 50)
    @Column(name = "journal_number", length = 50, unique = true)
    private String journalNumber;

    @Column(name = "conditions", columnDefinition = "text")
    private String conditions;

    @NotAudited
    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("amendedOn, id")
    private List<GrantAmendment> amendments = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("plannedDate, id")
    private List<Payment> payments = new ArrayList<>();

    /**
     * Σ planned of {@link #payments}, kept in a column of its own so that the work list of grants not fully planned can
     * filter, count and sort by granted − Σ planned from an index instead of summing every grant's tranches (V12).
     * Only {@link #planPayment} and {@link #removePayment} change the plan (a tranche's planned amount never changes;
     * paying it keeps it planned), and both set it from the tranches. Not audited: it is derived, the tranches are.
     */
    @NotAudited
    @Column(name = "planned_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal plannedTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    protected Grant() {
        // for JPA
    }

    /** Registers the application to the fund: the project, its sub-pool and the amount applied for (may be unknown). */
    public Grant(Project project, SubPool subPool, Money applied) {
        this.project = Objects.requireNonNull(project, "project");
        if (subPool != null && (project.getRound() == null || !subPool.getRound().equals(project.getRound()))) {
            throw new RuleViolation("grant.subPoolOfOtherRound", subPool.getName());
        }
        this.subPool = subPool;
        this.applied = Money.requireNotNegative(applied);
        project.acceptGrant(this);
    }

    /**
     * The sub-pool the grant is paid from, as the decision says (it may differ from the one applied to); it must be
     * one of the project's round. A closed, rejected or withdrawn project's grant keeps the one it had.
     */
    public void payFrom(SubPool newSubPool) {
        if (java.util.Objects.equals(newSubPool, subPool)) {
            return;
        }
        project.requireMoneyMayChange();
        if (newSubPool != null && (project.getRound() == null || !newSubPool.getRound().equals(project.getRound()))) {
            throw new RuleViolation("grant.subPoolOfOtherRound", newSubPool.getName());
        }
        this.subPool = newSubPool;
    }

    /**
     * Corrects the amount applied for (an imported list that states it differently the second time). Not negative; a
     * closed, rejected or withdrawn project's grant keeps what it had.
     */
    public void correctApplied(Money newApplied) {
        if (Objects.equals(newApplied, applied)) {
            return;
        }
        project.requireMoneyMayChange();
        this.applied = Money.requireNotNegative(newApplied);
    }

    /**
     * Records the decision. The granted amount may be unknown (a document names a grant without a figure).
     * A decided grant is changed through {@link #amend}, never overwritten.
     */
    public void decide(Money grantedAmount, LocalDate decidedOn, String journal, String grantConditions) {
        project.requireMoneyMayChange();
        if (decisionDate != null || granted != null) {
            throw new RuleViolation("grant.alreadyDecided");
        }
        requireWithinTotal(Money.requireNotNegative(grantedAmount), project.getTotalSum());
        this.granted = grantedAmount;
        this.decisionDate = decidedOn;
        this.journalNumber = Text.optional(journal);
        this.conditions = Text.optional(grantConditions);
    }

    /**
     * A dated amendment: a new granted amount, total project sum and/or end date (null: unchanged), with the reason.
     * The granted amount cannot fall below what has been paid, nor rise above the total.
     */
    public GrantAmendment amend(LocalDate on, String reason, Money newGranted, Money newTotal, LocalDate newEndDate) {
        project.requireMoneyMayChange();
        String why = Text.required(reason, "amendment.reason");
        Objects.requireNonNull(on, "on");
        Money grantedAfter = newGranted == null ? granted : Money.requireNotNegative(newGranted);
        Money totalAfter = newTotal == null ? project.getTotalSum() : Money.requireNotNegative(newTotal);
        requireWithinTotal(grantedAfter, totalAfter);
        if (grantedAfter != null && paid().isGreaterThan(grantedAfter)) {
            throw new RuleViolation("grant.belowPaid", grantedAfter, paid());
        }
        GrantAmendment amendment = new GrantAmendment(this, on, why,
                newGranted == null ? null : granted, newGranted,
                newTotal == null ? null : project.getTotalSum(), newTotal,
                newEndDate == null ? null : project.getEndDate(), newEndDate);
        // The dates first: the only step left that can still refuse, so nothing is half-changed if it does. Then the
        // grant before the total, because the project checks its new total against the grant it has.
        if (newEndDate != null) {
            project.schedule(project.getStartDate(), newEndDate);
        }
        this.granted = grantedAfter;
        if (newTotal != null) {
            project.budgetTotal(newTotal);
        }
        amendments.add(amendment);
        return amendment;
    }

    /** Adds a tranche to the payment plan; the plan may not promise more than is granted. */
    public Payment planPayment(LocalDate on, Money amount, String condition) {
        return planPayment(on, amount, condition, null);
    }

    /** A tranche that waits for a report of the project: held until the report is approved (see {@link Payment}). */
    public Payment planPayment(LocalDate on, Money amount, String condition, ReportObligation report) {
        project.requireMoneyMayChange();
        requirePositive(amount);
        Money grantedAmount = requireDecidedAmount();
        Money plannedAfter = planned().plus(amount);
        if (plannedAfter.isGreaterThan(grantedAmount)) {
            throw new RuleViolation("payment.planExceedsGranted", amount, grantedAmount.minus(planned()));
        }
        Payment payment = new Payment(this, on, amount, condition, report);
        payments.add(payment);
        keepPlannedTotal();
        return payment;
    }

    /** Records that a planned tranche was paid. Σ paid never exceeds the granted amount without an amendment. */
    public void recordPayment(Payment payment, LocalDate on, Money amount) {
        recordPayment(payment, on, amount, null);
    }

    /** Records the payment with the reference the accounts know it by (bilag, posteringsnummer); a held tranche is refused. */
    public void recordPayment(Payment payment, LocalDate on, Money amount, String reference) {
        if (!payments.contains(payment)) {
            throw new IllegalArgumentException("The payment does not belong to this grant");
        }
        project.requireMoneyMayChange();
        if (payment.isPaid()) {
            throw new RuleViolation("payment.alreadyPaid", payment.getPaidDate());
        }
        requirePositive(amount);
        Objects.requireNonNull(on, "on");
        if (decisionDate != null && on.isBefore(decisionDate)) {
            throw new RuleViolation("payment.beforeDecision", on, decisionDate);
        }
        Money grantedAmount = requireDecidedAmount();
        Money remaining = grantedAmount.minus(paid());
        if (amount.isGreaterThan(remaining)) {
            throw new RuleViolation("payment.exceedsGranted", amount, remaining);
        }
        payment.markPaid(on, amount, reference);
    }

    /** Takes a tranche out of the plan; one already paid stays, as the accounts show it. */
    public void removePayment(Payment payment) {
        if (!payments.contains(payment)) {
            throw new IllegalArgumentException("The payment does not belong to this grant");
        }
        project.requireMoneyMayChange();
        if (payment.isPaid()) {
            throw new RuleViolation("payment.paidStays", payment.getPaidDate());
        }
        payments.remove(payment);
        keepPlannedTotal();
    }

    /** Σ planned as the column keeps it (equal to {@link #planned()}; see {@link #plannedTotal}). */
    Money plannedTotal() {
        return Money.dkk(plannedTotal);
    }

    /** Recomputed from the tranches rather than added to, so that it cannot drift from them. */
    private void keepPlannedTotal() {
        this.plannedTotal = planned().amount();
    }

    /** Σ paid so far. */
    public Money paid() {
        return payments.stream().filter(Payment::isPaid).map(Payment::getPaidAmount).reduce(Money.zero(Money.DKK), Money::plus);
    }

    /** Σ of the payment plan. */
    public Money planned() {
        return payments.stream().map(Payment::getPlannedAmount).reduce(Money.zero(Money.DKK), Money::plus);
    }

    public AccountsTier accountsTier() {
        return AccountsTier.forGrant(granted);
    }

    private Money requireDecidedAmount() {
        if (granted == null) {
            throw new RuleViolation("grant.amountNotDecided");
        }
        return granted;
    }

    private static void requireWithinTotal(Money grantedAmount, Money total) {
        if (grantedAmount != null && total != null && grantedAmount.isGreaterThan(total)) {
            throw new RuleViolation("grant.exceedsTotal", grantedAmount, total);
        }
    }

    private static void requirePositive(Money amount) {
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw new RuleViolation("money.notPositive", amount == null ? Money.zero(Money.DKK) : amount);
        }
    }

    public Project getProject() {
        return project;
    }

    public SubPool getSubPool() {
        return subPool;
    }

    public Money getApplied() {
        return applied;
    }

    public Money getGranted() {
        return granted;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getJournalNumber() {
        return journalNumber;
    }

    public String getConditions() {
        return conditions;
    }

    public List<GrantAmendment> getAmendments() {
        return Collections.unmodifiableList(amendments);
    }

    public List<Payment> getPayments() {
        return Collections.unmodifiableList(payments);
    }
}

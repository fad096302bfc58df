package dk.pulje.domain.model.grant;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tranche (rate) of a grant: planned with a date, an amount and perhaps a condition ("after approved status report"),
 * then paid on a date with an amount. Part of the {@link Grant}, which keeps Σ paid within the granted amount.
 * <p>
 * A tranche may wait for a report ({@link #getReport()}): it is <em>held</em> until that report is approved, and
 * approving the report <em>releases</em> it ({@link #release}): from then on it is payable, and only then may it be
 * recorded as paid. Release does not pay by itself: the money leaves the fund's accounts when the clerk records it,
 * with the date and the payment reference.
 */
@Entity
@Audited
@Table(name = "payment")
public class Payment extends VersionedEntity {

    /** As the columns {@code release_condition} and {@code payment_reference}. */
    static final int CONDITION_MAX = 500;
    static final int REFERENCE_MAX = 100;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "planned_amount", precision = 15, scale = 2, nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "planned_currency", length = 3, nullable = false))
    })
    private Money plannedAmount;

    @Column(name = "release_condition", length = CONDITION_MAX)
    private String condition;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private ReportObligation report;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Column(name = "payment_reference", length = REFERENCE_MAX)
    private String reference;

    @Column(name = "paid_date")
    private LocalDate paidDate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "paid_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "paid_currency", length = 3))
    })
    private Money paidAmount;

    protected Payment() {
        // for JPA
    }

    Payment(Grant grant, LocalDate plannedDate, Money plannedAmount, String condition, ReportObligation report) {
        this.grant = Objects.requireNonNull(grant, "grant");
        this.plannedDate = plannedDate;
        this.plannedAmount = Objects.requireNonNull(plannedAmount, "plannedAmount");
        this.condition = within(Text.optional(condition), CONDITION_MAX, "payment.conditionTooLong");
        if (report != null && !report.getProject().equals(grant.getProject())) {
            throw new IllegalArgumentException("The report belongs to another project");
        }
        this.report = report;
        if (report != null && report.getStatus() == ReportStatus.APPROVED) {
            this.releasedOn = report.getDecidedOn(); // tied to a report already approved: nothing to wait for
        }
    }

    void markPaid(LocalDate on, Money amount, String paymentReference) {
        if (isHeld()) {
            throw new RuleViolation("payment.held", report.getType(), report.getDueDate());
        }
        String checkedReference = within(Text.optional(paymentReference), REFERENCE_MAX, "payment.referenceTooLong");
        this.paidDate = Objects.requireNonNull(on, "on");
        this.paidAmount = Objects.requireNonNull(amount, "amount");
        this.reference = checkedReference;
    }

    /**
     * A text longer than its column is refused with a message rather than left to the database, which would fail the
     * whole save without saying why (a finance system's reference arrives through the API without the form's limit).
     */
    private static String within(String text, int max, String key) {
        if (text != null && text.length() > max) {
            throw new RuleViolation(key, max, text.length());
        }
        return text;
    }

    /** The report it waits for was approved on {@code on}: the tranche may now be paid. */
    public void release(LocalDate on) {
        if (report == null || releasedOn != null) {
            return;
        }
        this.releasedOn = Objects.requireNonNull(on, "on");
    }

    /** Waits for a report that is not yet approved, and so may not be paid. */
    public boolean isHeld() {
        return report != null && releasedOn == null;
    }

    public ReportObligation getReport() {
        return report;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public String getReference() {
        return reference;
    }

    public boolean isPaid() {
        return paidAmount != null;
    }

    public Grant getGrant() {
        return grant;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public Money getPlannedAmount() {
        return plannedAmount;
    }

    public String getCondition() {
        return condition;
    }

    public LocalDate getPaidDate() {
        return paidDate;
    }

    public Money getPaidAmount() {
        return paidAmount;
    }
}

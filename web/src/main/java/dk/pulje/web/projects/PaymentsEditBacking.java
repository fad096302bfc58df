package dk.pulje.web.projects;

import dk.pulje.application.grant.GrantService;
import dk.pulje.application.project.ProjectDetail.GrantView;
import dk.pulje.application.project.ProjectDetail.PaymentView;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.money.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The payment plan: tranches with a date and an amount, perhaps waiting for a report; a tranche marked paid with the
 * date, the amount and the reference the accounts know it by. Changes go to the grant with the grant's version.
 */
@Named
@ViewScoped
public class PaymentsEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private GrantService grants;

    private LocalDate plannedDate;
    private Money plannedAmount;
    private String condition;
    private Long reportId;

    /** The tranche being marked paid; null: none. */
    private Long payingId;
    private LocalDate paidDate;
    private Money paidAmount;
    private String reference;

    public void plan() {
        GrantView grant = page.getProject().grant();
        if (page.change(() -> grants.planPayment(grant.id(), grant.version(), plannedDate, plannedAmount, condition, reportId),
                "workspace.payment.planned")) {
            plannedDate = null;
            plannedAmount = null;
            condition = null;
            reportId = null;
        }
    }

    public void startPaying(PaymentView payment) {
        payingId = payment.id();
        paidDate = LocalDate.now(Clocks.DANISH_TIME);
        paidAmount = payment.plannedAmount();
        reference = null;
    }

    public void pay() {
        GrantView grant = page.getProject().grant();
        long paymentId = payingId;
        if (page.change(() -> grants.recordPayment(grant.id(), grant.version(), paymentId, paidDate, paidAmount, reference),
                "workspace.payment.paid")) {
            cancelPaying();
        }
    }

    public void cancelPaying() {
        payingId = null;
        paidDate = null;
        paidAmount = null;
        reference = null;
    }

    public void remove(PaymentView payment) {
        GrantView grant = page.getProject().grant();
        page.change(() -> grants.removePayment(grant.id(), grant.version(), payment.id()), "workspace.payment.removed");
    }

    /** The tranche being marked paid, to name it above the form. */
    public PaymentView getPaying() {
        GrantView grant = page.getProject().grant();
        return payingId == null || grant == null ? null
                : grant.payments().stream().filter(p -> p.id() == payingId).findFirst().orElse(null);
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public Money getPlannedAmount() {
        return plannedAmount;
    }

    public void setPlannedAmount(Money plannedAmount) {
        this.plannedAmount = plannedAmount;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public Long getPayingId() {
        return payingId;
    }

    public LocalDate getPaidDate() {
        return paidDate;
    }

    public void setPaidDate(LocalDate paidDate) {
        this.paidDate = paidDate;
    }

    public Money getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(Money paidAmount) {
        this.paidAmount = paidAmount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;

import dk.pulje.application.project.ProjectDetail.PaymentView;

import java.time.LocalDate;

/**
 * A tranche of a grant's payment plan: planned (date, amount, condition, perhaps the report it waits for) and, once
 * paid, the date, the amount and the reference the finance system knows it by. The state ({@code held},
 * {@code releasedOn}, {@code reference}) is shown as the project page shows it: to the fund's administrators and the
 * applicant, not to regional staff (absent for them).
 */
public record ProjectPaymentJson(long id, long projectId, long grantId, LocalDate plannedDate,
                                 @ApiAmount String plannedAmount, String currency, String condition, Long reportId,
                                 boolean paid, Boolean held, LocalDate releasedOn, LocalDate paidDate,
                                 @ApiAmount String paidAmount, String reference) {

    static ProjectPaymentJson of(long projectId, long grantId, PaymentView payment, boolean showState) {
        return new ProjectPaymentJson(payment.id(), projectId, grantId, payment.plannedDate(),
                ApiValues.amount(payment.plannedAmount()), "DKK", payment.condition(), payment.reportId(),
                payment.paid(), showState ? payment.held() : null, showState ? payment.releasedOn() : null,
                payment.paidDate(), ApiValues.amount(payment.paidAmount()), showState ? payment.reference() : null);
    }
}

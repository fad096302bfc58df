package dk.pulje.web.api.v1;

import java.time.LocalDate;

/**
 * The body of {@code POST /v1/payments/{id}/paid}: the finance system paid the tranche.
 *
 * @param amount    what was paid; absent: the planned amount
 * @param reference the finance system's reference (bilag, posteringsnummer), up to 100 characters
 */
public record RecordPaymentJson(LocalDate paidDate, String amount, String reference) {
}

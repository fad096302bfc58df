package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.StrictJson;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /v1/payments/{id}/paid}: the finance system paid the tranche.
 *
 * @param amount    what was paid; absent: the planned amount
 * @param reference the finance system's reference (bilag, posteringsnummer), up to 100 characters
 */
@StrictJson
public record RecordPaymentJson(LocalDate paidDate, @ApiAmount BigDecimal amount, String reference) {
}

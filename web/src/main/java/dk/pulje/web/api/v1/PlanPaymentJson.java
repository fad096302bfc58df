package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.StrictJson;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /v1/projects/{id}/payments}: a tranche of the payment plan.
 *
 * @param reportId a report obligation of the same project the tranche waits for (held until it is approved); absent: none
 */
@StrictJson
public record PlanPaymentJson(LocalDate plannedDate, @ApiAmount BigDecimal amount, String condition, Long reportId) {
}

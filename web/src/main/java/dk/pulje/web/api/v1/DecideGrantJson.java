package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.StrictJson;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /v1/projects/{id}/grant}: the fund's decision, as the grant dialog takes it.
 *
 * @param granted               the amount granted, e.g. {@code "250000.00"}
 * @param subPoolId             the sub-pool it is paid from (one of the project's round); absent: none
 * @param confirmedOverEnvelope true when the client knows the grant takes the round past its envelope and confirms it
 */
@StrictJson
public record DecideGrantJson(@ApiAmount BigDecimal granted, LocalDate decisionDate, String journalNumber,
                              String conditions, Long subPoolId, Boolean confirmedOverEnvelope) {
}

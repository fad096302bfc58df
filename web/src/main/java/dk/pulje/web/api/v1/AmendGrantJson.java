package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.StrictJson;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /v1/projects/{id}/grant/amendments}: a dated amendment with its reason and at least one of a
 * new granted amount, a new total project sum or a new end date (absent: unchanged).
 */
@StrictJson
public record AmendGrantJson(LocalDate amendedOn, String reason, @ApiAmount BigDecimal newGranted,
                             @ApiAmount BigDecimal newTotal, LocalDate newEndDate, Boolean confirmedOverEnvelope) {
}

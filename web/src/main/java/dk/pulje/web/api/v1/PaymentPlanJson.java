package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;

import java.util.List;

/** A project's payment plan: the grant's sums and every tranche in date order (empty while nothing is planned). */
public record PaymentPlanJson(long projectId, Long grantId, @ApiAmount String granted, @ApiAmount String planned,
                              @ApiAmount String paid, @ApiAmount String remaining, String currency,
                              List<ProjectPaymentJson> payments) {
}

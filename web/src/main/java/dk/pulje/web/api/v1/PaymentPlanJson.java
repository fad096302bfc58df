package dk.pulje.web.api.v1;

import java.util.List;

/** A project's payment plan: the grant's sums and every tranche in date order (empty while nothing is planned). */
public record PaymentPlanJson(long projectId, Long grantId, String granted, String planned, String paid, String remaining,
                              String currency, List<ProjectPaymentJson> payments) {
}

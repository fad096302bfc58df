package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.GrantView;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's grant: the application, the decision and its dated amendments, with the payment plan's sums. Amounts
 * are strings with two decimals; a value not known (not decided, no grant yet) is left out. {@code grantId} is absent
 * while the project has no grant at all.
 */
public record GrantJson(long projectId, String projectStatus, Long grantId, boolean decided, String applied,
                        String granted, String currency, LocalDate decisionDate, String journalNumber,
                        String conditions, String subPool, String planned, String paid, String remaining,
                        List<AmendmentJson> amendments) {

    /** A dated change to the grant; the previous values as they were, the new ones as they became (absent: unchanged). */
    public record AmendmentJson(LocalDate amendedOn, String reason, String previousGranted, String newGranted,
                                String previousTotal, String newTotal, LocalDate previousEndDate, LocalDate newEndDate) {
    }

    static GrantJson of(ProjectDetail project) {
        GrantView grant = project.grant();
        if (grant == null) {
            return new GrantJson(project.id(), project.status().name(), null, false, null, null, "DKK", null, null,
                    null, null, null, null, null, List.of());
        }
        return new GrantJson(project.id(), project.status().name(), grant.id(), grant.decisionDate() != null,
                ApiValues.amount(grant.applied()), ApiValues.amount(grant.granted()), "DKK", grant.decisionDate(),
                grant.journalNumber(), grant.conditions(), grant.subPool(), ApiValues.amount(grant.planned()),
                ApiValues.amount(grant.paid()), ApiValues.amount(grant.remaining()),
                grant.amendments().stream().map(a -> new AmendmentJson(a.amendedOn(), a.reason(),
                        ApiValues.amount(a.previousGranted()), ApiValues.amount(a.newGranted()),
                        ApiValues.amount(a.previousTotal()), ApiValues.amount(a.newTotal()),
                        a.previousEndDate(), a.newEndDate())).toList());
    }
}

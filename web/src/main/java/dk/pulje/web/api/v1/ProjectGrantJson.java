package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.GrantView;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's grant ({@code GET /v1/projects/{id}/grant}): the application, the decision and its dated amendments
 * (the same records as in the project's detail), with the payment plan's sums. Amounts
 * are strings with two decimals; a value not known (not decided, no grant yet) is left out. {@code grantId} is absent
 * while the project has no grant at all.
 */
public record ProjectGrantJson(long projectId, String projectStatus, Long grantId, boolean decided,
                               @ApiAmount String applied, @ApiAmount String granted, String currency,
                               LocalDate decisionDate, String journalNumber, String conditions, String subPool,
                               String accountsTier, @ApiAmount String planned, @ApiAmount String paid,
                               @ApiAmount String remaining, List<ProjectDetailJson.AmendmentJson> amendments) {

    static ProjectGrantJson of(ProjectDetail project) {
        GrantView grant = project.grant();
        if (grant == null) {
            return new ProjectGrantJson(project.id(), project.status().name(), null, false, null, null, "DKK", null, null,
                    null, null, null, null, null, null, List.of());
        }
        return new ProjectGrantJson(project.id(), project.status().name(), grant.id(), grant.decisionDate() != null,
                ApiValues.amount(grant.applied()), ApiValues.amount(grant.granted()), "DKK", grant.decisionDate(),
                grant.journalNumber(), grant.conditions(), grant.subPool(),
                grant.accountsTier() == null ? null : grant.accountsTier().name(), ApiValues.amount(grant.planned()),
                ApiValues.amount(grant.paid()), ApiValues.amount(grant.remaining()),
                grant.amendments().stream().map(ProjectDetailJson.AmendmentJson::of).toList());
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectSummary;

/**
 * A project in the list ({@code GET /api/v1/projects}): names rather than ids for its fund, round and owner, as the
 * list page shows them (the detail has the ids). Amounts as strings with two decimals, null when unknown; {@code paid}
 * is "0.00" for a grant nothing has been paid on, null without a grant.
 */
public record ProjectSummaryJson(long id, String title, String fund, String round, String owner, String town,
                                 String status, String totalSum, String granted, String paid, String currency) {

    static ProjectSummaryJson of(ProjectSummary p) {
        return new ProjectSummaryJson(p.id(), p.title(), p.fundName(), p.roundName(), p.ownerName(), p.town(),
                p.status().name(), ApiValues.amount(p.totalSum()), ApiValues.amount(p.granted()),
                ApiValues.amount(p.paid()), "DKK");
    }
}

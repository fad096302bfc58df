package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;

import dk.pulje.application.dashboard.OrganisationParticipation;
import dk.pulje.application.dashboard.ParticipationPage;

import java.util.List;

/** {@code GET /api/v1/organisations/participation} as JSON; amounts as {@link CompareJson} writes them. */
public record ParticipationJson(long organisations, int offset, int limit, List<Row> rows) {

    static ParticipationJson of(ParticipationPage page) {
        return new ParticipationJson(page.organisations(), page.offset(), page.limit(),
                page.rows().stream().map(Row::of).toList());
    }

    public record Row(long id, String name, String type, String town, long projects, long asOwner, long asPartner,
                      @ApiAmount String granted, long grantedUnknown, @ApiAmount String total, long totalUnknown) {

        static Row of(OrganisationParticipation o) {
            return new Row(o.organisationId(), o.name(), o.type().name(), o.town(), o.projects(), o.asOwner(),
                    o.asPartner(), CompareJson.sum(o.granted()), o.granted().unknown(), CompareJson.sum(o.total()),
                    o.total().unknown());
        }
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.DistributionDimension;
import dk.pulje.application.dashboard.DistributionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/v1/rounds/{id}/distribution?by=town|theme|institution|type|status} (issue 11, question 1), with the
 * dashboards' filters ({@code year, theme, town, type, status, subPool}) narrowing the round. Without {@code by}: by
 * town. A round outside the caller's portfolio answers like an unknown one: 404.
 */
@Path("/v1/rounds/{id}/distribution")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundDistributionResource {

    @Inject
    private DistributionService distributions;

    @ApiDashboardFilter
    @GET
    public DistributionJson get(@PathParam("id") long roundId, @QueryParam("by") String by, @Context UriInfo uri) {
        DistributionDimension dimension = by == null || by.isBlank() ? DistributionDimension.TOWN
                : DistributionDimension.of(by).orElseThrow(BadRequestException::new);
        return distributions.forRound(roundId, ApiValues.filter(uri.getQueryParameters()), dimension)
                .map(d -> DistributionJson.of(roundId, d))
                .orElseThrow(NotFoundException::new);
    }
}

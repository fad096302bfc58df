package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.CofinancingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/v1/rounds/{id}/cofinancing} (issue 11, question 3): the lowest and highest support shares and every
 * project against its co-financing rule, with the dashboards' filters narrowing the round. A round outside the
 * caller's portfolio answers like an unknown one: 404.
 */
@Path("/v1/rounds/{id}/cofinancing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundCofinancingResource {

    @Inject
    private CofinancingService cofinancing;

    @ApiDashboardFilter
    @GET
    public CofinancingJson get(@PathParam("id") long roundId, @Context UriInfo uri) {
        return cofinancing.forRound(roundId, ApiValues.filter(uri.getQueryParameters()))
                .map(c -> CofinancingJson.of(roundId, c))
                .orElseThrow(NotFoundException::new);
    }
}

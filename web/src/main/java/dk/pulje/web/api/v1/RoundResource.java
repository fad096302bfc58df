package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.RoundDashboardService;
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
 * {@code GET /api/v1/rounds/{id}/summary?fund=&year=&theme=&town=&type=&status=&subPool=}: the round dashboard's figures
 * (question 2), narrowed by the dashboards' filters. A round outside the caller's portfolio answers 404 like a missing
 * one; a filter value that does not parse answers 400.
 */
@Path("/v1/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    @Inject
    private RoundDashboardService service;

    @ApiDashboardFilter
    @GET
    @Path("/{id}/summary")
    public RoundSummaryJson summary(@PathParam("id") String id, @Context UriInfo uri) {
        long roundId = ApiValues.id(id);
        return service.summary(roundId, ApiValues.filter(uri.getQueryParameters()).withRound(null))
                .map(RoundSummaryJson::of).orElseThrow(NotFoundException::new);
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.RoundDashboardService;
import dk.pulje.application.fund.FundCatalogService;
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

import java.util.List;

/**
 * {@code GET /api/v1/rounds/{id}} and {@code /api/v1/rounds/{id}/sub-pools}: a round of the caller's portfolio and
 * its sub-pools. {@code GET /api/v1/rounds/{id}/summary?fund=&year=&theme=&town=&type=&status=&subPool=}: the round dashboard's figures
 * (question 2), narrowed by the dashboards' filters. A round outside the caller's portfolio answers 404 like a missing
 * one; a filter value that does not parse answers 400.
 */
@Path("/v1/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    @Inject
    private RoundDashboardService service;

    @Inject
    private FundCatalogService rounds;

    /** The round; one outside the caller's portfolio answers 404, as one that does not exist. */
    @GET
    @Path("/{id}")
    public RoundJson round(@PathParam("id") String id) {
        return rounds.round(ApiValues.id(id)).map(RoundJson::of).orElseThrow(NotFoundException::new);
    }

    /** The round's sub-pools by name (themes, open pool …) with their target shares. */
    @GET
    @Path("/{id}/sub-pools")
    public List<SubPoolJson> subPools(@PathParam("id") String id) {
        return rounds.subPools(ApiValues.id(id)).orElseThrow(NotFoundException::new).stream().map(SubPoolJson::of).toList();
    }

    @ApiDashboardFilter
    @GET
    @Path("/{id}/summary")
    public RoundSummaryJson summary(@PathParam("id") String id, @Context UriInfo uri) {
        long roundId = ApiValues.id(id);
        return service.summary(roundId, ApiValues.filter(uri.getQueryParameters()).withRound(null))
                .map(RoundSummaryJson::of).orElseThrow(NotFoundException::new);
    }
}

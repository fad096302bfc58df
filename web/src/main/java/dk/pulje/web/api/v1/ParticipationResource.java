package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.ParticipationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.function.Function;

/**
 * {@code GET /api/v1/organisations/participation?fund=…&limit=…&offset=…}: organisations by the number of projects they
 * take part in, as owner or partner, with Σ granted and Σ total (issue 11, Q7). Takes the dashboards' filters
 * ({@code fund, round, year, theme, town, type, status, subPool}); a value that does not parse, or a limit outside
 * 1–500: 400; a fund, round or sub-pool outside the caller's portfolio: 404.
 */
@Path("/v1/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationResource {

    @Inject
    private ParticipationService participation;

    @Context
    private UriInfo uri;

    @ApiDashboardFilter
    @GET
    @Path("/participation")
    public ParticipationJson participation(@QueryParam("limit") @DefaultValue("50") String limit,
                                           @QueryParam("offset") @DefaultValue("0") String offset) {
        DashboardFilter filter = ApiValues.filter(uri.getQueryParameters());
        Integer rows;
        Integer skip;
        try {
            rows = parse(limit, Integer::valueOf);
            skip = parse(offset, Integer::valueOf);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(); // nothing of the value is echoed
        }
        if (rows == null || skip == null || rows < 1 || rows > ParticipationService.MAX_LIMIT || skip < 0) {
            throw new BadRequestException();
        }
        if (!participation.withinPortfolio(filter)) {
            throw new NotFoundException();
        }
        return ParticipationJson.of(participation.participation(filter, rows, skip));
    }

    /** Null for an absent value; an IllegalArgumentException for one that does not parse. */
    static <T> T parse(String value, Function<String, T> reader) {
        return value == null || value.isBlank() ? null : reader.apply(value.strip());
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.opendata.OpenDataFormat;
import dk.pulje.application.opendata.OpenDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A round's grants as open data (docs/adr/0016): {@code GET /api/v1/rounds/{id}/export/360giving} (a 360Giving
 * package), {@code …/360giving.csv} (its flat CSV) and {@code …/iati} (IATI 2.03 activities). 404 for a round outside
 * the caller's portfolio; fund administrators and regional staff (web.xml, OpenDataService).
 */
@Path("/v1/rounds/{id}/export")
@RequestScoped
public class RoundOpenDataResource {

    @Inject
    private OpenDataService service;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/360giving")
    @Produces(MediaType.APPLICATION_JSON)
    public Response giving(@PathParam("id") String id) {
        return send(id, OpenDataFormat.GIVING_JSON);
    }

    @GET
    @Path("/360giving.csv")
    @Produces(OpenDataDownloads.CSV)
    public Response givingCsv(@PathParam("id") String id) {
        return send(id, OpenDataFormat.GIVING_CSV);
    }

    @GET
    @Path("/iati")
    @Produces(MediaType.APPLICATION_XML)
    public Response iati(@PathParam("id") String id) {
        return send(id, OpenDataFormat.IATI);
    }

    private Response send(String id, OpenDataFormat format) {
        long roundId = ApiValues.id(id);
        return OpenDataDownloads.send(service, service.round(roundId), format, request.getRemoteAddr());
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.opendata.OpenDataFormat;
import dk.pulje.application.opendata.OpenDataService;
import dk.pulje.application.opendata.OpenDataSet;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * The three open-data downloads of a round or a fund (docs/adr/0016): {@code …/export/360giving} (a 360Giving
 * package), {@code …/360giving.csv} (its flat CSV) and {@code …/iati} (IATI 2.03 activities). A subclass names the
 * address and reads its grants; 404 for an id outside the caller's portfolio.
 */
abstract class OpenDataExportResource {

    @Inject
    OpenDataService service;

    @Context
    HttpServletRequest request;

    /** The grants of the round or fund with this id, empty when the caller may not see it. */
    abstract Optional<OpenDataSet> read(long id);

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
        return OpenDataDownloads.send(service, read(ApiValues.id(id)), format, request.getRemoteAddr());
    }
}

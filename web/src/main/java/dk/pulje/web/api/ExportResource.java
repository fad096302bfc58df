package dk.pulje.web.api;

import dk.pulje.application.export.ExportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/export/projects.csv}: the caller's projects for a spreadsheet (administrators, regional staff). */
@Path("/export")
@RequestScoped
public class ExportResource {

    @Inject
    private ExportService exports;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/projects.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response projects() {
        return Response.ok(exports.projectsCsv(request.getRemoteAddr()))
                .header("Content-Disposition", "attachment; filename=\"pulje-projekter.csv\"")
                .build();
    }
}

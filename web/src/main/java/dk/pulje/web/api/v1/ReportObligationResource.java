package dk.pulje.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One report obligation by its own id, {@code GET /v1/report-obligations/{id}} (where a new one's {@code Location}
 * points); a report of a project the caller may not read is 404. The tag is its project's version, which
 * {@link ProjectReportObligationsResource} takes for a new one.
 */
@Path("/v1/report-obligations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportObligationResource {

    @Inject
    private ProjectMoneyReads reads;

    @GET
    @Path("/{id}")
    public Response obligation(@PathParam("id") String id) {
        long reportId = ApiValues.id(id);
        return reads.report(Response.ok(), reads.require(reads.projectOfReport(reportId)), reportId);
    }
}

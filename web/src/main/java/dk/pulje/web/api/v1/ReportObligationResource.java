package dk.pulje.web.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(operationId = "reportObligation", summary = "One report obligation", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The report obligation",
                    headers = @Header(name = "ETag", description = "The project's version", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportObligationJson.class))))
    @GET
    @Path("/{id}")
    public Response obligation(@PathParam("id") String id) {
        long reportId = ApiValues.id(id);
        return reads.report(Response.ok(), reads.require(reads.projectOfReport(reportId)), reportId);
    }
}

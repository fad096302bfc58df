package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectService;
import dk.pulje.web.api.v1.support.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The reports a project owes: {@code GET /v1/projects/{id}/report-obligations} and a new one ({@code POST}: kind and
 * due date, with {@code Idempotency-Key}). A report obligation is a part of the project ({@link ProjectService#requireReport}), so
 * the tag is the project's version. One of them by its own id: {@link ReportObligationResource}.
 */
@Path("/v1/projects/{id}/report-obligations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectReportObligationsResource {

    @Inject
    private ProjectMoneyReads reads;

    @Inject
    private ProjectService projects;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Operation(operationId = "reportObligations", summary = "The reports a project owes", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The report obligations",
                    headers = @Header(name = "ETag", description = "The project's version", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportObligationsJson.class))))
    @GET
    public Response obligations(@PathParam("id") String id) {
        ProjectDetail project = reads.require(ApiValues.id(id));
        return Response.ok(new ReportObligationsJson(project.id(),
                        ReportObligationJson.all(project.id(), project.reports(), project.changeable(), reads.isApplicant())))
                .tag(EntityTags.of(project.version())).build();
    }

    @Operation(operationId = "reportObligationCreate", summary = "A new report obligation: kind and due date (If-Match: the project's version; Idempotency-Key)", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "201", description = "The new report obligation",
                    headers = {@Header(name = "ETag", description = "The project's version", schema = @Schema(type = "string")),
                            @Header(name = "Location", description = "The new resource", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportObligationJson.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String id, NewReportObligationJson body) {
        long projectId = ApiValues.id(id);
        reads.requireChangeable(projectId);
        long expected = EntityTags.requireIfMatch(headers);
        NewReportObligationJson obligation = ApiFields.required("body", body);
        long reportId = projects.requireReport(projectId, expected, ApiFields.required("type", obligation.type()),
                ApiFields.required("dueDate", obligation.dueDate()));
        return reads.report(Response.created(uri.getBaseUriBuilder().path("v1/report-obligations/{id}").build(reportId)),
                reads.require(projectId), reportId);
    }
}

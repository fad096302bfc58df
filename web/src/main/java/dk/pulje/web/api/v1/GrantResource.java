package dk.pulje.web.api.v1;

import dk.pulje.application.project.AmendProjectGrant;
import dk.pulje.application.project.GrantProject;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectWorkflowService;
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
 * A project's grant: {@code GET /v1/projects/{id}/grant}, the fund's decision ({@code POST} on the same address) and a
 * dated amendment ({@code POST …/grant/amendments}). Both writes go through {@link ProjectWorkflowService}, the
 * project page's own steps, with its rules and messages and the caller as the audited user. The tag is the project's
 * and the grant's version together ({@link GrantTags}): both services check both.
 */
@Path("/v1/projects/{id}/grant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GrantResource {

    @Inject
    private ProjectMoneyReads reads;

    @Inject
    private ProjectWorkflowService workflow;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Operation(operationId = "grant", summary = "A project's grant: application, decision, amendments and sums", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The grant",
                    headers = @Header(name = "ETag", description = "The project's and the grant's version (12.3; 12 while there is no grant)", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectGrantJson.class))))
    @GET
    public Response grant(@PathParam("id") String id) {
        return answer(Response.ok(), reads.require(ApiValues.id(id)));
    }

    /** The decision: the amount granted, the date, journal number, conditions and sub-pool; the project becomes "granted". */
    @Operation(operationId = "grantDecide", summary = "Decide the grant; the project becomes granted (If-Match: the grant's tag)", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The decided grant",
                    headers = @Header(name = "ETag", description = "The project's and the grant's version (12.3; 12 while there is no grant)", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectGrantJson.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, DecideGrantJson body) {
        long projectId = ApiValues.id(id);
        reads.requireChangeable(projectId);
        GrantTags.Seen seen = GrantTags.requireIfMatch(headers);
        DecideGrantJson decision = ApiFields.required("body", body);
        workflow.grant(new GrantProject(projectId, seen.project(), seen.grant(),
                ApiFields.requiredAmount("granted", decision.granted()), decision.subPoolId(), decision.journalNumber(),
                ApiFields.required("decisionDate", decision.decisionDate()), decision.conditions(),
                Boolean.TRUE.equals(decision.confirmedOverEnvelope())));
        return answer(Response.ok(), reads.require(projectId));
    }

    /** A dated amendment of the decided grant; answers the grant as it became. */
    @Operation(operationId = "grantAmend", summary = "A dated amendment of the grant (If-Match: the grant's tag)", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "201", description = "The amended grant",
                    headers = {@Header(name = "ETag", description = "The project's and the grant's version (12.3; 12 while there is no grant)", schema = @Schema(type = "string")),
                            @Header(name = "Location", description = "The new resource", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectGrantJson.class))))
    @POST
    @Path("/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response amend(@PathParam("id") String id, AmendGrantJson body) {
        long projectId = ApiValues.id(id);
        reads.requireChangeable(projectId);
        GrantTags.Seen seen = GrantTags.requireIfMatch(headers);
        AmendGrantJson amendment = ApiFields.required("body", body);
        // A tag without the grant's part was read before there was a grant: stale for any grant there is now.
        workflow.amend(new AmendProjectGrant(projectId, seen.project(), seen.grant() == null ? -1 : seen.grant(),
                ApiFields.required("amendedOn", amendment.amendedOn()), amendment.reason(),
                ApiFields.amount("newGranted", amendment.newGranted()), ApiFields.amount("newTotal", amendment.newTotal()),
                amendment.newEndDate(), Boolean.TRUE.equals(amendment.confirmedOverEnvelope())));
        return answer(Response.created(uri.getBaseUriBuilder().path("v1/projects/{id}/grant").build(projectId)),
                reads.require(projectId));
    }

    private static Response answer(Response.ResponseBuilder response, ProjectDetail project) {
        return response.tag(GrantTags.of(project.version(), project.grant() == null ? null : project.grant().version()))
                .entity(ProjectGrantJson.of(project)).type(MediaType.APPLICATION_JSON).build();
    }
}

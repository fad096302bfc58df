package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectPartLookup;
import dk.pulje.application.project.ProjectService;
import dk.pulje.web.api.v1.support.EntityTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
 * The reports a project owes: {@code GET /v1/projects/{id}/report-obligations}, one of them
 * ({@code GET /v1/report-obligations/{id}}) and a new one ({@code POST}: kind and due date, with
 * {@code Idempotency-Key}). A report obligation is a part of the project ({@link ProjectService#requireReport}), so
 * the tag is the project's version.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportObligationResource {

    @Inject
    private ProjectMoneyReads reads;

    @Inject
    private ProjectService projects;

    @Inject
    private ProjectPartLookup lookup;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("/projects/{id}/report-obligations")
    public Response obligations(@PathParam("id") String id) {
        ProjectDetail project = reads.require(ApiValues.id(id));
        return Response.ok(new ReportObligationsJson(project.id(),
                        ReportObligationJson.all(project.id(), project.reports(), project.changeable(), reads.isApplicant())))
                .tag(EntityTags.of(project.version())).build();
    }

    @GET
    @Path("/report-obligations/{id}")
    public Response obligation(@PathParam("id") String id) {
        long reportId = ApiValues.id(id);
        return answer(Response.ok(), reads.require(lookup.projectOfReport(reportId).orElseThrow(NotFoundException::new)), reportId);
    }

    @POST
    @Path("/projects/{id}/report-obligations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String id, NewReportObligationJson body) {
        long projectId = ApiValues.id(id);
        reads.requireChangeable(projectId);
        long expected = EntityTags.requireIfMatch(headers);
        NewReportObligationJson obligation = ApiFields.required("body", body);
        long reportId = projects.requireReport(projectId, expected, ApiFields.required("type", obligation.type()),
                ApiFields.required("dueDate", obligation.dueDate()));
        return answer(Response.created(uri.getBaseUriBuilder().path("v1/report-obligations/{id}").build(reportId)), reads.require(projectId), reportId);
    }

    private Response answer(Response.ResponseBuilder response, ProjectDetail project, long reportId) {
        return response.tag(EntityTags.of(project.version()))
                .entity(ReportObligationJson.of(project.id(), project.reports().stream().filter(r -> r.id() == reportId)
                        .findFirst().orElseThrow(NotFoundException::new), project.changeable(), reads.isApplicant()))
                .type(MediaType.APPLICATION_JSON).build();
    }
}

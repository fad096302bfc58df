package dk.pulje.web.api.v1;

import dk.pulje.application.grant.GrantService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.GrantView;
import dk.pulje.domain.model.shared.RuleViolation;
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

import java.util.List;

/**
 * A project's payment plan: {@code GET /v1/projects/{id}/payments} and a new tranche ({@code POST}, with
 * {@code Idempotency-Key} so that a retry never plans twice) through {@link GrantService#planPayment}, the page's
 * rules and messages. A tranche is a part of the grant, and the grant counts every change to its tranches as its
 * own, so the plan's tag is the grant's version. One tranche and its payment: {@link PaymentResource}.
 */
@Path("/v1/projects/{id}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectPaymentsResource {

    @Inject
    private ProjectMoneyReads reads;

    @Inject
    private GrantService grants;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Operation(operationId = "payments", summary = "A project's payment plan", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The plan and its tranches",
                    headers = @Header(name = "ETag", description = "The grant's version", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentPlanJson.class))))
    @GET
    public Response payments(@PathParam("id") String id) {
        ProjectDetail project = reads.require(ApiValues.id(id));
        GrantView grant = project.grant();
        if (grant == null) {
            return Response.ok(new PaymentPlanJson(project.id(), null, null, null, null, null, "DKK", List.of())).build();
        }
        boolean state = reads.seesPaymentState(project);
        return Response.ok(new PaymentPlanJson(project.id(), grant.id(), ApiValues.amount(grant.granted()),
                        ApiValues.amount(grant.planned()), ApiValues.amount(grant.paid()), ApiValues.amount(grant.remaining()),
                        "DKK", grant.payments().stream().map(p -> ProjectPaymentJson.of(project.id(), grant.id(), p, state)).toList()))
                .tag(EntityTags.of(grant.version())).build();
    }

    /** Plans a tranche; {@code If-Match} carries the grant's version as the plan's tag gave it. */
    @Operation(operationId = "paymentPlan", summary = "Plan a tranche (If-Match: the grant's version; Idempotency-Key)", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "201", description = "The new tranche",
                    headers = {@Header(name = "ETag", description = "The grant's version", schema = @Schema(type = "string")),
                            @Header(name = "Location", description = "The new resource", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectPaymentJson.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@PathParam("id") String id, PlanPaymentJson body) {
        long projectId = ApiValues.id(id);
        GrantView grant = reads.requireChangeable(projectId).grant();
        long expected = EntityTags.requireIfMatch(headers);
        PlanPaymentJson tranche = ApiFields.required("body", body);
        if (grant == null) {
            throw new RuleViolation("api.payment.noGrant");
        }
        long paymentId = grants.planPayment(grant.id(), expected, tranche.plannedDate(),
                ApiFields.requiredAmount("amount", tranche.amount()), tranche.condition(), tranche.reportId());
        return reads.payment(Response.created(uri.getBaseUriBuilder().path("v1/payments/{id}").build(paymentId)),
                reads.require(projectId), paymentId);
    }
}

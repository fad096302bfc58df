package dk.pulje.web.api.v1;

import dk.pulje.application.grant.GrantService;
import dk.pulje.application.project.ProjectPartLookup;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.GrantView;
import dk.pulje.application.project.ProjectDetail.PaymentView;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
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
 * The payment plan: {@code GET /v1/projects/{id}/payments}, a new tranche ({@code POST} there, with
 * {@code Idempotency-Key} so that a retry never plans twice), one tranche ({@code GET /v1/payments/{id}}) and a
 * tranche marked paid by a finance system ({@code POST /v1/payments/{id}/paid}: date, amount, reference). Writes go
 * through {@link GrantService} with the page's rules and messages. A tranche is a part of the grant, and the grant
 * counts every change to its tranches as its own, so the tag of the plan and of each tranche is the grant's version.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    private ProjectMoneyReads reads;

    @Inject
    private ProjectPartLookup lookup;

    @Inject
    private GrantService grants;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("/projects/{id}/payments")
    public Response payments(@PathParam("id") String id) {
        ProjectDetail project = reads.require(ApiValues.id(id));
        GrantView grant = project.grant();
        if (grant == null) {
            return Response.ok(new PaymentPlanJson(project.id(), null, null, null, null, null, "DKK", java.util.List.of())).build();
        }
        boolean state = reads.seesPaymentState(project);
        return Response.ok(new PaymentPlanJson(project.id(), grant.id(), ApiValues.amount(grant.granted()),
                        ApiValues.amount(grant.planned()), ApiValues.amount(grant.paid()), ApiValues.amount(grant.remaining()),
                        "DKK", grant.payments().stream().map(p -> ProjectPaymentJson.of(project.id(), grant.id(), p, state)).toList()))
                .tag(EntityTags.of(grant.version())).build();
    }

    /** Plans a tranche; {@code If-Match} carries the grant's version as the plan's tag gave it. */
    @POST
    @Path("/projects/{id}/payments")
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
        return answer(Response.created(uri.getBaseUriBuilder().path("v1/payments/{id}").build(paymentId)),
                reads.require(projectId), paymentId);
    }

    @GET
    @Path("/payments/{id}")
    public Response payment(@PathParam("id") String id) {
        long paymentId = ApiValues.id(id);
        return answer(Response.ok(), reads.require(projectOf(paymentId)), paymentId);
    }

    /**
     * The finance system paid the tranche: the date, the amount (absent: as planned) and its reference. A held
     * tranche, one already paid, or a sum past the grant is refused with the page's message.
     */
    @POST
    @Path("/payments/{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response paid(@PathParam("id") String id, RecordPaymentJson body) {
        long paymentId = ApiValues.id(id);
        long projectId = projectOf(paymentId);
        ProjectDetail before = reads.requireChangeable(projectId);
        long expected = EntityTags.requireIfMatch(headers);
        RecordPaymentJson payment = ApiFields.required("body", body);
        Money amount = ApiFields.amount("amount", payment.amount());
        grants.recordPayment(before.grant().id(), expected, paymentId,
                ApiFields.required("paidDate", payment.paidDate()),
                amount != null ? amount : tranche(before, paymentId).plannedAmount(), payment.reference());
        return answer(Response.ok(), reads.require(projectId), paymentId);
    }

    private long projectOf(long paymentId) {
        return lookup.projectOf(paymentId).orElseThrow(NotFoundException::new);
    }

    private static PaymentView tranche(ProjectDetail project, long paymentId) {
        return project.grant().payments().stream().filter(p -> p.id() == paymentId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Response answer(Response.ResponseBuilder response, ProjectDetail project, long paymentId) {
        GrantView grant = project.grant();
        return response.tag(EntityTags.of(grant.version()))
                .entity(ProjectPaymentJson.of(project.id(), grant.id(), tranche(project, paymentId), reads.seesPaymentState(project)))
                .type(MediaType.APPLICATION_JSON).build();
    }
}

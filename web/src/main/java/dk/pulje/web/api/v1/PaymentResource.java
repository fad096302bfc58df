package dk.pulje.web.api.v1;

import dk.pulje.application.grant.GrantService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.domain.model.money.Money;
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

/**
 * One tranche, known by its own id as a finance system knows it: {@code GET /v1/payments/{id}} and its payment
 * ({@code POST /v1/payments/{id}/paid}: date, amount, reference) through {@link GrantService#recordPayment}. The tag
 * is the grant's version, as the plan's ({@link ProjectPaymentsResource}).
 */
@Path("/v1/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    private ProjectMoneyReads reads;

    @Inject
    private GrantService grants;

    @Context
    private HttpHeaders headers;

    @Operation(operationId = "payment", summary = "One tranche", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The tranche",
                    headers = @Header(name = "ETag", description = "The grant's version", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectPaymentJson.class))))
    @GET
    @Path("/{id}")
    public Response payment(@PathParam("id") String id) {
        long paymentId = ApiValues.id(id);
        return reads.payment(Response.ok(), reads.require(reads.projectOfPayment(paymentId)), paymentId);
    }

    /**
     * The finance system paid the tranche: the date, the amount (absent: as planned) and its reference. A held
     * tranche, one already paid, or a sum past the grant is refused with the page's message.
     */
    @Operation(operationId = "paymentPaid", summary = "Record a tranche paid: date, amount, reference (If-Match: the grant's version)", tags = "Grants and payments",
            responses = @ApiResponse(responseCode = "200", description = "The paid tranche",
                    headers = @Header(name = "ETag", description = "The grant's version", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectPaymentJson.class))))
    @POST
    @Path("/{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response paid(@PathParam("id") String id, RecordPaymentJson body) {
        long paymentId = ApiValues.id(id);
        long projectId = reads.projectOfPayment(paymentId);
        ProjectDetail before = reads.requireChangeable(projectId);
        long expected = EntityTags.requireIfMatch(headers);
        RecordPaymentJson payment = ApiFields.required("body", body);
        Money amount = ApiFields.amount("amount", payment.amount());
        grants.recordPayment(before.grant().id(), expected, paymentId,
                ApiFields.required("paidDate", payment.paidDate()),
                amount != null ? amount : ProjectMoneyReads.tranche(before, paymentId).plannedAmount(), payment.reference());
        return reads.payment(Response.ok(), reads.require(projectId), paymentId);
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.RoundDashboardService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /api/v1/funds}, {@code GET /api/v1/funds/{id}} and {@code GET /api/v1/funds/{id}/rounds}: the caller's portfolio (funds administered or read
 * as regional staff). A fund outside it answers 404, exactly like one that does not exist; applicants are refused (403).
 */
@Path("/v1/funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FundResource {

    @Inject
    private RoundDashboardService service;

    @GET
    public List<FundJson> funds() {
        return service.funds().stream().map(FundJson::of).toList();
    }

    /** One fund of the caller's portfolio; another fund answers 404, as one that does not exist. */
    @GET
    @Path("/{id}")
    public FundJson fund(@PathParam("id") String id) {
        long fundId = ApiValues.id(id);
        return service.funds().stream().filter(f -> f.id() == fundId).findFirst().map(FundJson::of)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/{id}/rounds")
    public List<RoundJson> rounds(@PathParam("id") String id) {
        long fundId = ApiValues.id(id);
        return service.rounds(fundId).orElseThrow(NotFoundException::new).stream().map(r -> RoundJson.of(r, fundId)).toList();
    }
}

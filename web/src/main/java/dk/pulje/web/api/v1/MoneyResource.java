package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.DashboardOptionsService;
import dk.pulje.application.dashboard.MoneyDashboardService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/v1/money?fund=…&round=…&year=…&theme=…&town=…&type=…&status=…&subPool=…} (issue 11, Q4): the money
 * dashboard's figures over the caller's portfolio, filtered as the page is.
 */
@Path("/v1/money")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MoneyResource {

    @Inject
    private MoneyDashboardService money;

    @Inject
    private DashboardOptionsService options;

    @Context
    private UriInfo uri;

    @ApiDashboardFilter
    @GET
    public MoneyJson get() {
        return MoneyJson.of(money.figures(ApiValues.portfolioFilter(uri.getQueryParameters(), options)));
    }
}

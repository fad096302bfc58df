package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiDashboardFilter;

import dk.pulje.application.dashboard.DashboardOptionsService;
import dk.pulje.application.dashboard.OverdueReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/v1/reports/overdue?first=0&size=100&fund=…&…} (issue 11, Q5): the overdue reports of the caller's
 * portfolio, most overdue first, paged in the database; the same filters as the dashboards. A page outside 1–500 or
 * a negative first is 400.
 */
@Path("/v1/reports/overdue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverdueReportResource {

    @Inject
    private OverdueReportService reports;

    @Inject
    private DashboardOptionsService options;

    @Context
    private UriInfo uri;

    @ApiDashboardFilter
    @GET
    public OverdueReportsJson get(@QueryParam("first") @DefaultValue("0") String first,
                                  @QueryParam("size") @DefaultValue("100") String size) {
        int from = number(first, 0, Integer.MAX_VALUE);
        int max = number(size, 1, OverdueReportService.MAX_PAGE);
        return OverdueReportsJson.of(reports.overdue(ApiValues.portfolioFilter(uri.getQueryParameters(), options), from, max), from, max);
    }

    private static int number(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadRequestException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException();
        }
    }
}

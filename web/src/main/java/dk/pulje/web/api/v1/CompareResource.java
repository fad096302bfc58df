package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.CompareKind;
import dk.pulje.application.dashboard.CompareService;
import dk.pulje.application.dashboard.DashboardFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/compare?round=1&round=2} (or {@code fund=…&fund=…}): two to ten rounds or funds side by side, with
 * each one's difference to the first (issue 11, Q6). Fewer than two, more than ten, both kinds at once or an id that is
 * not a number: 400. An id that is unknown or outside the caller's portfolio: 404, alike.
 */
@Path("/v1/compare")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {

    @Inject
    private CompareService compare;

    @GET
    public CompareJson compare(@QueryParam("round") List<String> rounds, @QueryParam("fund") List<String> funds) {
        if (!rounds.isEmpty() && !funds.isEmpty()) {
            throw new BadRequestException();
        }
        CompareKind kind = rounds.isEmpty() ? CompareKind.FUND : CompareKind.ROUND;
        List<Long> ids = ids(rounds.isEmpty() ? funds : rounds).orElseThrow(BadRequestException::new);
        return compare.compare(kind, ids, DashboardFilter.NONE).map(CompareJson::of).orElseThrow(NotFoundException::new);
    }

    /** The distinct ids in the order given; empty (a bad request) unless they are two to ten numbers. */
    static Optional<List<Long>> ids(List<String> values) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (ids.size() < CompareService.MIN_COLUMNS || ids.size() > CompareService.MAX_COLUMNS) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(ids));
    }
}

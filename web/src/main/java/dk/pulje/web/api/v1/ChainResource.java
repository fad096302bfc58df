package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.ChainStep;
import dk.pulje.application.dashboard.FollowUpChain;
import dk.pulje.application.dashboard.FollowUpChainService;
import dk.pulje.domain.model.money.MoneyTotal;
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
 * {@code GET /api/v1/chains/{projectId}}: what a maturation project led to (issue 11, Q8), the same chain as
 * {@code /dashboards/chain.xhtml?project=…}: each step with its status and money, and the chain's sums. A project
 * outside the caller's portfolio, or none, is not found; the chain stops where it leaves the caller's funds, and the
 * last step says so ({@code followUpOutOfSight}).
 */
@Path("/v1/chains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChainResource {

    @Inject
    private FollowUpChainService chains;

    @GET
    @Path("/{id}")
    public ChainJson chain(@PathParam("id") String projectId) {
        FollowUpChain chain = chains.chainFrom(ApiValues.id(projectId)).orElseThrow(NotFoundException::new);
        return new ChainJson(chain.steps().stream().map(StepJson::of).toList(), sum(chain.granted()),
                chain.granted().unknown(), sum(chain.total()), chain.total().unknown());
    }

    /** Σ of the known amounts; null when none was known (the count of unknowns says how many are missing). */
    private static String sum(MoneyTotal total) {
        return total.known() == 0 ? null : ApiValues.amount(total.sum());
    }

    /** The chain in order, with Σ granted and Σ total over its steps and how many of each were not stated. */
    public record ChainJson(List<StepJson> steps, String granted, long grantedUnknown, String total, long totalUnknown) {
    }

    /** One project of the chain; amounts as strings with two decimals, null when not stated. */
    public record StepJson(int depth, long id, String title, String type, String status, String fund, String granted,
                           String total, boolean followUpOutOfSight) {

        static StepJson of(ChainStep step) {
            return new StepJson(step.depth(), step.id(), step.title(), step.type().name(), step.status().name(), step.fund(),
                    ApiValues.amount(step.granted()), ApiValues.amount(step.total()), step.followUpOutOfSight());
        }
    }
}

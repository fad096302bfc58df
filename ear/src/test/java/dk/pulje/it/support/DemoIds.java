package dk.pulje.it.support;

import dk.pulje.it.support.as.DemoUser;

import java.util.List;
import java.util.Map;

/**
 * The ids that the API tests of the dashboards ask about: the demo's two funds and their one round, and a fund and
 * round of a funder nobody of the demo may see ({@link ForeignFund}, for the forged-id cases); and the user "mixed",
 * who administers Uddannelsespuljen and reads Udviklingspuljen as regional staff (created once, password as the demo's).
 */
public record DemoIds(long educationFund, long developmentFund, long educationRound, long foreignFund, long foreignRound) {

    public static DemoIds withMixedUser() {
        TestUsers.create("mixed", DemoUser.PASSWORD, Map.of("FUND_ADMIN", List.of("Uddannelsespuljen"),
                "REGIONAL_STAFF", List.of("Udviklingspuljen")));
        long[] foreign = ForeignFund.ensure();
        return new DemoIds(ForeignFund.fundId("Uddannelsespuljen"), ForeignFund.fundId("Udviklingspuljen"),
                ForeignFund.roundId("Uddannelsespuljen 2024"), foreign[0], foreign[1]);
    }
}

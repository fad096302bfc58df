package dk.pulje.application.opendata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GivingQualityCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static JsonObjectBuilder good() {
        return Json.createObjectBuilder()
                .add("id", "360G-pulje-1").add("title", "T").add("description", "D").add("currency", "DKK")
                .add("amountAwarded", new BigDecimal("100.00")).add("awardDate", "2026-11-26")
                .add("recipientOrganization", Json.createArrayBuilder().add(organisation("DK-CVR-29189706")))
                .add("fundingOrganization", Json.createArrayBuilder().add(organisation("360G-pulje-org-7")));
    }

    private static JsonObjectBuilder organisation(String id) {
        return Json.createObjectBuilder().add("id", id).add("name", "N");
    }

    private static String problems(JsonObject grant) {
        return GivingQualityCheck.problems(grant, TODAY).toString();
    }

    @Test
    void aGoodGrantHasNoProblems() {
        assertEquals("[]", problems(good().build()));
    }

    @Test
    void requiredFieldsMustBeThereAndNotBlank() {
        assertEquals("[REQUIRED_FIELD(description), REQUIRED_FIELD(recipientOrganization)]",
                problems(good().add("description", " ").add("recipientOrganization", Json.createArrayBuilder()).build()));
        assertEquals("[REQUIRED_FIELD(awardDate)]", problems(good().remove("awardDate").build()));
    }

    @Test
    void zeroAmounts() {
        assertEquals("[ZERO_AMOUNT(amountAwarded), ZERO_AMOUNT(amountAppliedFor)]",
                problems(good().add("amountAwarded", BigDecimal.ZERO).add("amountAppliedFor", new BigDecimal("0.00")).build()));
    }

    @Test
    void impossibleAndFutureDates() {
        assertEquals("[AWARD_DATE_IN_FUTURE(awardDate)]", problems(good().add("awardDate", "2026-11-27").build()));
        assertEquals("[IMPOSSIBLE_DATE(awardDate)]", problems(good().add("awardDate", "2026-02-30").build()));
        assertEquals("[IMPOSSIBLE_DATE(awardDate)]", problems(good().add("awardDate", "1899-12-31").build()));
        assertEquals("[]", problems(good().add("awardDate", "2026-11-26T23:30:00+01:00").build()));
    }

    @Test
    void plannedStartNotAfterEnd() {
        JsonObject reversed = good().add("plannedDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("startDate", "2025-01-01").add("endDate", "2024-12-31"))).build();
        assertEquals("[START_AFTER_END(plannedDates)]", problems(reversed));
        JsonObject sameDay = good().add("plannedDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("startDate", "2025-01-01").add("endDate", "2025-01-01"))).build();
        assertEquals("[]", problems(sameDay));
    }

    @Test
    void organisationIdsThatDoNotLookValid() {
        for (String wrong : List.of("DK-CVR-29189707", "DK-CVR-1234", "Region Midtjylland", "360G-pulje-org-x")) {
            assertEquals("[ORGANISATION_ID(recipientOrganization)]", problems(good()
                    .add("recipientOrganization", Json.createArrayBuilder().add(organisation(wrong))).build()), wrong);
        }
        assertEquals("[]", problems(good()
                .add("recipientOrganization", Json.createArrayBuilder().add(organisation("GB-CHC-1164883"))).build()));
    }
}

package dk.pulje.application.opendata;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dk.pulje.application.opendata.OpenDataSamples.lemvig;
import static dk.pulje.application.opendata.OpenDataSamples.myre;
import static dk.pulje.application.opendata.OpenDataSamples.round;
import static dk.pulje.application.opendata.OpenDataSamples.withoutOwner;
import static dk.pulje.application.opendata.OpenDataSamples.zeroInTheFuture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GivingPackageTest {

    @Test
    void aGrantMapsToTheStandardsFields() {
        JsonObject grant = GivingPackage.of(round(myre())).grants().get(0);
        assertEquals("360G-pulje-100", grant.getString("id"));
        assertEquals("MYRE Midt", grant.getString("title"));
        assertEquals("DKK", grant.getString("currency"));
        assertEquals(new BigDecimal("3000000.00"), grant.getJsonNumber("amountAppliedFor").bigDecimalValue());
        assertEquals(new BigDecimal("2700000.00"), grant.getJsonNumber("amountAwarded").bigDecimalValue());
        assertEquals(new BigDecimal("1000000.00"), grant.getJsonNumber("amountDisbursed").bigDecimalValue());
        assertEquals("2024-06-01", grant.getString("awardDate"));
        JsonObject planned = grant.getJsonArray("plannedDates").getJsonObject(0);
        assertEquals("2024-08-01", planned.getString("startDate"));
        assertEquals("2026-07-31", planned.getString("endDate"));
        assertEquals(24, planned.getInt("duration"));
        JsonObject recipient = grant.getJsonArray("recipientOrganization").getJsonObject(0);
        assertEquals("360G-pulje-org-2", recipient.getString("id"), "no CVR: Pulje's own prefix");
        assertEquals("Mercantec", recipient.getString("name"));
        JsonObject funder = grant.getJsonArray("fundingOrganization").getJsonObject(0);
        assertEquals("DK-CVR-29190925", funder.getString("id"));
        JsonObject location = grant.getJsonArray("beneficiaryLocation").getJsonObject(0);
        assertEquals("Viborg", location.getString("name"));
        assertEquals("DK", location.getString("countryCode"));
        JsonObject programme = grant.getJsonArray("grantProgramme").getJsonObject(0);
        assertEquals("pulje-10-runde-20", programme.getString("code"));
        assertEquals("Region Midtjyllands uddannelsespulje – Uddannelsespuljen 2024", programme.getString("title"));
        assertEquals("360G-pulje-150", grant.getJsonArray("relatedActivity").getString(0));
        assertEquals(new BigDecimal("4267000.00"), grant.getJsonNumber("totalProjectSum").bigDecimalValue());
        assertEquals(new BigDecimal("1567000.00"), grant.getJsonNumber("coFinancing").bigDecimalValue());
    }

    @Test
    void unknownAmountsAreLeftOutAndAMissingDescriptionIsWrittenFromTheGrant() {
        JsonObject grant = GivingPackage.of(round(lemvig())).grants().get(0);
        assertFalse(grant.containsKey("amountAppliedFor"), "unknown, never 0");
        assertFalse(grant.containsKey("plannedDates"));
        assertEquals("Bevilling fra Region Midtjyllands uddannelsespulje – Uddannelsespuljen 2024 til projektet "
                + "\"Sejl og studér på Lemvig Gymnasium\" i Lemvig.", grant.getString("description"));
        assertEquals("DK-CVR-29189706", grant.getJsonArray("recipientOrganization").getJsonObject(0).getString("id"));
    }

    @Test
    void grantsThatFailTheQualityChecksAreLeftOutWithTheirReasons() {
        GivingPackage giving = GivingPackage.of(round(myre(), withoutOwner(), zeroInTheFuture(), lemvig()));
        assertEquals(List.of("360G-pulje-100", "360G-pulje-101"),
                giving.grants().stream().map(g -> g.getString("id")).toList());
        assertEquals(2, giving.omitted().size());
        assertEquals("[REQUIRED_FIELD(recipientOrganization)]", giving.omitted().get(0).problems().toString());
        assertEquals("[ZERO_AMOUNT(amountAwarded), AWARD_DATE_IN_FUTURE(awardDate)]",
                giving.omitted().get(1).problems().toString());
        assertEquals(java.util.Set.of(100L, 101L), giving.publishedProjects());
    }

    @Test
    void thePackageValidatesAgainstThePublishedSchemaWithFormatsAsserted() {
        String json = GivingPackage.of(round(myre(), lemvig(), withoutOwner())).toJson().toString();
        assertEquals(List.of(), Standards.givingErrors(json));
    }

    @Test
    void theValidatorReallyAssertsFormatsAndRequiredFields() {
        // The same package with a date that is no date and a grant without a title: both must be caught.
        String json = GivingPackage.of(round(myre())).toJson().toString()
                .replace("\"awardDate\":\"2024-06-01\"", "\"awardDate\":\"1. juni 2024\"")
                .replace("\"title\":\"MYRE Midt\",", "");
        assertTrue(Standards.givingErrors(json).size() >= 2, Standards.givingErrors(json).toString());
    }

    @Test
    void nothingToPublishIsNoPackage() {
        GivingPackage giving = GivingPackage.of(round(withoutOwner()));
        assertTrue(giving.grants().isEmpty());
        assertThrows(IllegalStateException.class, giving::toJson);
    }
}

package dk.pulje.it.opendata;

import dk.pulje.application.opendata.GivingFlatCsv;
import dk.pulje.application.opendata.GivingQualityCheck;
import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data exports of the demo data (docs/adr/0016), fetched over HTTP as a client would and judged in the test
 * JVM: the 360Giving package against the published package schema (format assertions on), every grant through the
 * data-quality checks, the flat CSV's titles and figures, the IATI activities against the 2.03 XSD; the figures
 * against the database (Σ awarded summed here in SQL, not by the service); who may download what; and the log.
 * <p>
 * The demo's round has 15 decided grants, 5 of them to a named owner (the schools); the 10 without an owner cannot
 * be 360Giving grants (a recipient is required) and are left out, counted in the response headers.
 */
@PuljeIntegrationTest
@RunAsClient
class OpenDataConformanceIT {

    private static final String OMITTED = "Pulje-Omitted-Grants";
    private static DemoIds ids;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void ids() {
        ids = DemoIds.withMixedUser();
    }

    private String round(String file) {
        return "api/v1/rounds/" + ids.educationRound() + "/export/" + file;
    }

    @Test
    void theRoundAs360GivingValidatesAndEveryGrantPassesTheQualityChecks() {
        OpenDataStandards.folder();
        HttpResponse<String> response = get("region", round("360giving"), 200);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("attachment; filename=\"uddannelsespuljen-2024-360giving.json\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(List.of(), OpenDataStandards.givingErrors(response.body()));

        JsonObject giving = Json.createReader(new StringReader(response.body())).readObject();
        List<JsonObject> grants = giving.getJsonArray("grants").getValuesAs(JsonObject.class);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        for (JsonObject grant : grants) {
            assertEquals(List.of(), GivingQualityCheck.problems(grant, today), grant.toString());
            assertEquals("DK", grant.getJsonArray("beneficiaryLocation").getJsonObject(0).getString("countryCode"));
            assertEquals("Region Midtjyllands uddannelsespulje – Uddannelsespuljen 2024",
                    grant.getJsonArray("grantProgramme").getJsonObject(0).getString("title"));
        }
        // The seed's five grants to a named owner; Σ as the database has it, summed here and from the seed.
        String owned = "from project p join project_grant g on g.project_id = p.id where p.round_id = ? "
                + "and g.granted_amount is not null and p.owner_id is not null";
        assertEquals(count("select count(*) " + owned, ids.educationRound()), grants.size());
        BigDecimal awarded = grants.stream().map(g -> g.getJsonNumber("amountAwarded").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum("select sum(g.granted_amount) " + owned, ids.educationRound()), awarded);
        assertEquals(new BigDecimal("14515000.00"), awarded, "Herningsholm, Learnmark, Mercantec, FGU Østjylland, Lemvig");
        // Every decided grant is either published or counted as left out.
        long decided = count("select count(*) from project p join project_grant g on g.project_id = p.id "
                + "where p.round_id = ? and g.granted_amount is not null", ids.educationRound());
        assertEquals(decided - grants.size(), Long.parseLong(response.headers().firstValue(OMITTED).orElseThrow()));
        assertEquals("REQUIRED_FIELD(recipientOrganization)=10",
                response.headers().firstValue("Pulje-Omitted-Reasons").orElseThrow());
        // The learnmark grant, field by field.
        JsonObject learnmark = grants.stream().filter(g -> g.getString("title").startsWith("AI - Didaktik")).findFirst()
                .orElseThrow();
        assertEquals("360G-pulje-" + ForeignFund.projectId("AI - Didaktik, sprog og kompetencer til fremtiden"),
                learnmark.getString("id"));
        assertEquals(new BigDecimal("5052000.00"), learnmark.getJsonNumber("amountAwarded").bigDecimalValue());
        assertEquals(new BigDecimal("9735000.00"), learnmark.getJsonNumber("totalProjectSum").bigDecimalValue());
        assertEquals(new BigDecimal("4683000.00"), learnmark.getJsonNumber("coFinancing").bigDecimalValue());
        assertEquals(new BigDecimal("0.00"), learnmark.getJsonNumber("amountDisbursed").bigDecimalValue());
        JsonObject recipient = learnmark.getJsonArray("recipientOrganization").getJsonObject(0);
        assertEquals("Learnmark Horsens", recipient.getString("name"));
        assertEquals("360G-pulje-org-" + ForeignFund.organisationId("Learnmark Horsens"), recipient.getString("id"));
        assertEquals("Horsens", learnmark.getJsonArray("beneficiaryLocation").getJsonObject(0).getString("name"));
        assertEquals("360G-pulje-org-" + ForeignFund.organisationId("Region Midtjylland"),
                learnmark.getJsonArray("fundingOrganization").getJsonObject(0).getString("id"));
        assertFalse(learnmark.getString("awardDate").isBlank());
    }

    @Test
    void theFundsPackageHoldsTheSameGrantsAsItsOnlyRound() {
        OpenDataStandards.folder();
        String fund = get("admin", "api/v1/funds/" + ids.educationFund() + "/export/360giving", 200).body();
        assertEquals(List.of(), OpenDataStandards.givingErrors(fund));
        assertEquals(grantsOf(get("admin", round("360giving"), 200).body()), grantsOf(fund));
    }

    @Test
    void theFlatCsvHasTheStandardsTitlesAndTheRoundsFigures() throws Exception {
        HttpResponse<String> response = get("admin", round("360giving.csv"), 200);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"uddannelsespuljen-2024-360giving.csv\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(String.join(",", GivingFlatCsv.titles()), response.body().lines().findFirst().orElseThrow());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertEquals(5, rows.size(), "one row per published grant");
        CSVRecord lemvig = rows.stream().filter(r -> r.get("Title").equals("Sejl og studér på Lemvig Gymnasium"))
                .findFirst().orElseThrow();
        assertEquals("599000.00", lemvig.get("Amount Awarded"));
        assertEquals("798000.00", lemvig.get("totalProjectSum"));
        assertEquals("DKK", lemvig.get("Currency"));
        assertEquals("Lemvig", lemvig.get("Beneficiary Location:Name"));
        assertEquals("Lemvig Gymnasium", lemvig.get("Recipient Org:Name"));
        assertEquals("360G-pulje-" + ForeignFund.projectId("Sejl og studér på Lemvig Gymnasium"), lemvig.get("Identifier"));
        assertEquals(new BigDecimal("14515000.00"), rows.stream().map(r -> new BigDecimal(r.get("Amount Awarded")))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theRoundAndTheFundAsIatiValidateAgainstTheXsd() throws Exception {
        OpenDataStandards.folder();
        HttpResponse<String> response = get("region", round("iati"), 200);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertEquals("attachment; filename=\"uddannelsespuljen-2024-iati.xml\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        OpenDataStandards.validateIati(response.body());
        OpenDataStandards.validateIati(get("region", "api/v1/funds/" + ids.educationFund() + "/export/iati", 200).body());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("2.03", xml.getDocumentElement().getAttribute("version"));
        NodeList activities = xml.getElementsByTagName("iati-activity");
        assertEquals(5, activities.getLength());
        BigDecimal committed = BigDecimal.ZERO;
        NodeList transactions = xml.getElementsByTagName("transaction");
        for (int i = 0; i < transactions.getLength(); i++) {
            Element transaction = (Element) transactions.item(i);
            if ("2".equals(((Element) transaction.getElementsByTagName("transaction-type").item(0)).getAttribute("code"))) {
                committed = committed.add(new BigDecimal(transaction.getElementsByTagName("value").item(0).getTextContent()));
            }
        }
        assertEquals(new BigDecimal("14515000.00"), committed, "the commitments are the published grants");
    }

    @Test
    void aFundWithNothingToPublishAnswersAConflictNotAnEmptyFile() {
        // Udviklingspuljen's demo projects have no decided amount: no grant to publish, and both standards want one.
        for (String file : List.of("360giving", "360giving.csv", "iati")) {
            String body = problem("admin", "api/v1/funds/" + ids.developmentFund() + "/export/" + file, 409);
            assertTrue(body.contains("\"omitted\":[]"), body);
        }
    }

    @Test
    void onlyTheCallersPortfolioAndOnlyItsReaders() {
        for (String file : List.of("360giving", "360giving.csv", "iati")) {
            for (String path : List.of(round(file), "api/v1/funds/" + ids.educationFund() + "/export/" + file)) {
                problem("randers", path, 403);
                problem("sysadmin", path, 403);
                assertEquals(401, WebClient.anonymous().get(path).statusCode(), path);
                get("mixed", path, 200);
            }
            for (String user : List.of("admin", "region", "mixed")) {
                for (String path : List.of("api/v1/rounds/" + ids.foreignRound() + "/export/" + file,
                        "api/v1/funds/" + ids.foreignFund() + "/export/" + file, "api/v1/rounds/999999999/export/" + file,
                        "api/v1/rounds/x/export/" + file)) {
                    String body = problem(user, path, 404);
                    assertFalse(body.contains(ForeignFund.NAME) || body.contains(ForeignFund.ROUND), body);
                }
            }
        }
        // The mixed user reads Udviklingspuljen as regional staff: its (empty) export is theirs to ask for.
        problem("mixed", "api/v1/funds/" + ids.developmentFund() + "/export/360giving", 409);
    }

    @Test
    void thePagesLinksServeTheSameFilesWithTheSession() {
        String path = "files/open-data/rounds/" + ids.educationRound() + "/360giving.json";
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<String> page = admin.get("funds/round.xhtml?id=" + ids.educationRound());
        assertTrue(page.body().contains("/pulje/" + path), "the round page links the file");
        assertTrue(admin.get("funds/fund.xhtml?id=" + ids.educationFund()).body()
                .contains("/pulje/files/open-data/funds/" + ids.educationFund() + "/iati.xml"), "so does the fund page");
        HttpResponse<String> file = admin.get(path);
        assertEquals(200, file.statusCode());
        assertEquals("attachment; filename=\"uddannelsespuljen-2024-360giving.json\"",
                file.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(grantsOf(get("admin", round("360giving"), 200).body()), grantsOf(file.body()));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.headers().allValues("Content-Security-Policy").contains("sandbox; default-src 'none'"),
                file.headers().map().toString());
        assertEquals("10", file.headers().firstValue(OMITTED).orElse(""));
        WebClient region = WebClient.loggedIn("region", DemoUser.PASSWORD);
        assertTrue(region.get("dashboards/round.xhtml?round=" + ids.educationRound()).body().contains("/pulje/" + path),
                "regional staff find the links on the round dashboard");
        assertEquals(200, region.get("files/open-data/funds/" + ids.educationFund() + "/360giving.csv").statusCode());
        assertEquals(403, WebClient.loggedIn("randers", DemoUser.PASSWORD).get(path).statusCode());
        assertEquals(404, region.get("files/open-data/rounds/" + ids.foreignRound() + "/iati.xml").statusCode());
        assertEquals(404, region.get("files/open-data/rounds/" + ids.educationRound() + "/other.json").statusCode());
        assertEquals(409, admin.get("files/open-data/funds/" + ids.developmentFund() + "/iati.xml").statusCode());
    }

    @Test
    void everyExportIsLogged() {
        long before = count("select count(*) from security_event where event_type = 'EXPORT' and username = 'region' "
                + "and detail_args like ?", "%uddannelsespuljen-2024-iati.xml%");
        get("region", round("iati"), 200);
        assertEquals(before + 1, count("select count(*) from security_event where event_type = 'EXPORT' "
                + "and username = 'region' and detail_args like ?", "%uddannelsespuljen-2024-iati.xml%"));
    }

    private static List<JsonValue> grantsOf(String json) {
        return Json.createReader(new StringReader(json)).readObject().getJsonArray("grants");
    }

    private static HttpResponse<String> get(String user, String path, int status) {
        HttpResponse<String> response = WebClient.basic(user, DemoUser.PASSWORD).get(path);
        assertEquals(status, response.statusCode(), user + " " + path + ": " + response.body());
        return response;
    }

    private static String problem(String user, String path, int status) {
        HttpResponse<String> response = get(user, path, status);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                user + " " + path + ": " + response.headers().map());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        return response.body();
    }

    private static long count(String sql, Object argument) {
        return sum(sql, argument).longValueExact();
    }

    private static BigDecimal sum(String sql, Object argument) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, argument);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(sql, failed);
        }
    }
}

package dk.pulje.it.imports;

import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.ImportFixtures;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/imports/allocations}: seed 002 typed as a clerk's spreadsheet (Windows-1252, semicolons, "mio.
 * kroner" amounts, the press release's own "0324 mio.") into a new round gives the demo round's figures; the same file
 * again changes nothing; a corrected file updates exactly the corrected rows; a hostile file is refused row by row with
 * nothing stored; a dry run stores nothing; broken files and forged funds get problem details. Expected figures come
 * from the seed document and the demo round's own summary, not from constants.
 */
@PuljeIntegrationTest
@RunAsClient
class AllocationImportApiIT {

    private static final String HEADER = "Projekt;By;Delpulje;Samlet projektsum;Bevilget\r\n";
    private static DemoIds ids;
    private static long fund;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void ids() {
        ids = DemoIds.withMixedUser();
        fund = ImportFund.ensure();
    }

    @Test
    void theSeedListIntoANewRoundGivesTheDemoRoundsFiguresAndTheSameFileTwiceChangesNothing() {
        String round = "Importeret " + UUID.randomUUID().toString().substring(0, 8) + " 2024";
        byte[] file = seedList(UnaryOperator.identity());

        Map<String, Object> dry = json(post(ImportFund.USER, file, fund, round, true, true), 200);
        assertEquals(false, dry.get("stored"));
        assertEquals(15L, totals(dry).get("created"));
        assertEquals(404, post(ImportFund.USER, file, fund, round, false, true).statusCode(),
                "a dry run does not create the round");

        Map<String, Object> first = json(post(ImportFund.USER, file, fund, round, true, false), 200);
        assertEquals(true, first.get("stored"));
        assertEquals(true, first.get("roundCreated"));
        assertEquals(Map.of("rows", 15L, "created", 15L, "updated", 0L, "unchanged", 0L, "refused", 0L), totals(first));
        long roundId = (Long) ((Map<?, ?>) first.get("round")).get("id");
        List<Map<String, Object>> rows = rows(first);
        Map<String, Object> fgu = rows.stream().filter(r -> r.get("title").toString().startsWith("Ung til ung"))
                .findFirst().orElseThrow();
        assertTrue(fgu.get("messages").toString().contains("324.000 kr."), "the doubtful 0324 mio. is named: " + fgu);

        SeedDocument seed = SeedDocument.regionMidtjylland2024();
        Map<String, Object> imported = summary(roundId);
        Map<String, Object> demo = summary("admin", ids.educationRound());
        assertEquals(plain(seed.granted().sum()), ((Map<?, ?>) imported.get("granted")).get("sum"));
        assertEquals(plain(seed.totalSum().sum()), ((Map<?, ?>) imported.get("totalSum")).get("sum"));
        assertEquals(demo.get("granted"), imported.get("granted"));
        assertEquals(demo.get("totalSum"), imported.get("totalSum"));
        assertEquals(demo.get("projects"), imported.get("projects"));
        assertEquals(grantedPerPool(demo), grantedPerPool(imported), "the sub-pools as in the demo round");

        Map<String, Object> again = json(post(ImportFund.USER, file, fund, String.valueOf(roundId), false, false), 200);
        assertEquals(Map.of("rows", 15L, "created", 0L, "updated", 0L, "unchanged", 15L, "refused", 0L), totals(again));
        assertEquals(imported, summary(roundId));

        byte[] corrected = seedList(line -> line.startsWith("MYRE Midt;") ? line.replace("2,7 mio. kroner", "2,8 mio. kroner")
                : line.startsWith("Lær med AI;") ? line.replace("1,027 mio. kroner", "1,1 mio. kroner") : line);
        Map<String, Object> fixed = json(post(ImportFund.USER, corrected, fund, round, false, false), 200);
        assertEquals(Map.of("rows", 15L, "created", 0L, "updated", 2L, "unchanged", 13L, "refused", 0L), totals(fixed));
        assertEquals(List.of("Lær med AI", "MYRE Midt"), rows(fixed).stream().filter(r -> "UPDATED".equals(r.get("status")))
                .map(r -> r.get("title")).sorted().toList());
        assertEquals(plain(seed.granted().sum().plus(Money.dkk("100000"))),
                ((Map<?, ?>) summary(roundId).get("granted")).get("sum"));
    }

    @Test
    void aHostileFileIsRefusedRowByRowAndNothingIsStored() {
        String round = "Fjendtlig " + UUID.randomUUID().toString().substring(0, 8);
        String longTitle = "x".repeat(5000);
        String hostile = HEADER
                + "=HYPERLINK(\"http://evil\");Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "<script>alert(1)</script>;Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "\"'; drop table project; --\";Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + longTitle + ";Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "Kontrol\u0007tegn;Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "Negativ;Aarhus;Åben pulje;1 mio.;-5\r\n"
                + "Ikke et tal;Aarhus;Åben pulje;1 mio.;mange penge\r\n"
                + "For meget;Aarhus;Åben pulje;1 mio.;2 mio.\r\n"
                + ";Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "Ukendt delpulje;Aarhus;Hemmelig pulje;1 mio.;0,5 mio.\r\n"
                + "Stavet by;Horsen;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "To gange;Aarhus;Åben pulje;1 mio.;0,5 mio.\r\n"
                + "to  gange.;aarhus;Åben pulje;1 mio.;0,5 mio.\r\n";
        HttpResponse<String> response = post(ImportFund.USER, hostile.getBytes(StandardCharsets.UTF_8), fund,
                round, true, false);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Map<String, Object> problem = new Json().toType(response.body(), Json.MAP_TYPE);
        assertEquals(422L, problem.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) problem.get("report");
        assertEquals(false, report.get("stored"));
        Map<Long, Map<String, Object>> byRow = new java.util.TreeMap<>();
        rows(report).forEach(r -> byRow.put((Long) r.get("row"), r));
        assertEquals("CREATED", byRow.get(2L).get("status"), "a formula is text, stored as such: " + byRow.get(2L));
        assertEquals("CREATED", byRow.get(3L).get("status"), "markup is text");
        assertEquals("CREATED", byRow.get(4L).get("status"), "SQL is text");
        for (long refused = 5; refused <= 14; refused++) {
            assertEquals("REFUSED", byRow.get(refused).get("status"), "row " + refused + ": " + byRow.get(refused));
            assertFalse(((List<?>) byRow.get(refused).get("messages")).isEmpty(), "row " + refused + " says why");
        }
        assertTrue(byRow.get(5L).get("messages").toString().contains("5.000 tegn"), byRow.get(5L).toString());
        assertTrue(byRow.get(12L).get("messages").toString().contains("Mente du Horsens?"), byRow.get(12L).toString());
        assertTrue(byRow.get(11L).get("messages").toString().contains("Temapulje"), "the round's sub-pools are listed");
        assertTrue(byRow.get(13L).get("messages").toString().contains("række 14"), byRow.get(13L).toString());
        assertTrue(byRow.get(14L).get("messages").toString().contains("række 13"), byRow.get(14L).toString());
        assertEquals(404, post(ImportFund.USER, hostile.getBytes(StandardCharsets.UTF_8), fund, round, false, true)
                .statusCode(), "nothing stored: not even the round");

        HttpResponse<String> english = post(ImportFund.USER, hostile.getBytes(StandardCharsets.UTF_8), fund,
                round, true, true, "en");
        assertTrue(english.body().contains("Did you mean Horsens?"), english.body());
    }

    /** Helper A's fixture files: the clerk's CSV, the same list as XLSX, the corrected file, hostile and broken files. */
    @Test
    void theFixtureFilesAsAClerkWouldSendThem() {
        SeedDocument seed = SeedDocument.regionMidtjylland2024();
        String round = "Fixtures " + UUID.randomUUID().toString().substring(0, 8) + " 2024";
        Map<String, Object> first = json(post(ImportFund.USER, ImportFixtures.bytes(ImportFixtures.SEED_002_WINDOWS_1252),
                fund, round, true, false), 200);
        assertEquals(Map.of("rows", 15L, "created", 15L, "updated", 0L, "unchanged", 0L, "refused", 0L), totals(first));
        long roundId = (Long) ((Map<?, ?>) first.get("round")).get("id");
        assertEquals(plain(seed.granted().sum()), ((Map<?, ?>) summary(roundId).get("granted")).get("sum"));
        assertEquals(plain(seed.totalSum().sum()), ((Map<?, ?>) summary(roundId).get("totalSum")).get("sum"));

        Map<String, Object> corrected = json(post(ImportFund.USER, ImportFixtures.bytes(ImportFixtures.SEED_002_CORRECTED),
                fund, round, false, false), 200);
        assertEquals(Map.of("rows", 15L, "created", 0L, "updated", 2L, "unchanged", 13L, "refused", 0L), totals(corrected));

        String workbookRound = "Regneark " + UUID.randomUUID().toString().substring(0, 8) + " 2024";
        Map<String, Object> workbook = json(post(ImportFund.USER, ImportFixtures.seed002Xlsx(), fund, workbookRound, true,
                false), 200);
        assertEquals(15L, totals(workbook).get("created"));
        long workbookRoundId = (Long) ((Map<?, ?>) workbook.get("round")).get("id");
        assertEquals(plain(seed.granted().sum()), ((Map<?, ?>) summary(workbookRoundId).get("granted")).get("sum"));

        String hostileRound = "Fjendtlig fil " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> hostile = post(ImportFund.USER, ImportFixtures.bytes(ImportFixtures.HOSTILE), fund,
                hostileRound, true, false);
        assertEquals(422, hostile.statusCode(), hostile.body());
        assertEquals(404, post(ImportFund.USER, ImportFixtures.bytes(ImportFixtures.HOSTILE), fund, hostileRound, false,
                true).statusCode(), "nothing stored, not even the round");
        assertProblem(post(ImportFund.USER, ImportFixtures.bytes(ImportFixtures.NOT_A_LIST), fund, "x", true, true), 415);
        assertProblem(post(ImportFund.USER, ImportFixtures.bytes(ImportFixtures.BROKEN_QUOTES), fund, "x", true, true), 400);
    }

    @Test
    void brokenFilesAndForgedFundsGetProblemDetails() {
        byte[] file = seedList(UnaryOperator.identity());
        byte[] garbage = new byte[4096];
        new java.util.Random(12).nextBytes(garbage);
        garbage[0] = 0;
        assertProblem(post(ImportFund.USER, garbage, fund, "x", true, true), 415);
        assertProblem(post(ImportFund.USER, new byte[0], fund, "x", true, true), 400);
        HttpResponse<String> unclosed = post(ImportFund.USER,
                "Projekt;Bevilget\r\n\"Ikke lukket;1000\r\nB;2000\r\n".getBytes(StandardCharsets.UTF_8), fund, "x", true, true);
        assertProblem(unclosed, 400);
        assertTrue(unclosed.body().contains("\"detail\""), "says why: " + unclosed.body());
        assertProblem(post(ImportFund.USER, new byte[10 * 1024 * 1024 + 100 * 1024], fund, "x", true, true), 413);
        assertProblem(post(ImportFund.USER, file, ids.foreignFund(), "x", true, true), 404);
        assertProblem(post(ImportFund.USER, file, ids.developmentFund(), "x", true, true), 404);
        assertProblem(post(ImportFund.USER, file, ids.educationFund(), "x", true, true), 404);
        assertProblem(post("admin", file, fund, "x", true, true), 404);
        assertProblem(post(ImportFund.USER, file, fund, String.valueOf(ids.foreignRound()), false, true), 404);
        // Digits that are no round of this fund are a name: a new round may be called "2031", and another fund's
        // round id is then just a name nobody used (a dry run: nothing is created).
        assertEquals(200, post(ImportFund.USER, file, fund, "2031", true, true).statusCode(), "a round named 2031");
        assertEquals(200, post(ImportFund.USER, file, fund, String.valueOf(ids.foreignRound()), true, true).statusCode(),
                "another fund's round id as the name of a new round");
        assertProblem(post("region", file, fund, "x", true, true), 403);
    }

    // --- the file as a clerk would type it -----------------------------------------------------------------------

    /** Seed 002's fifteen projects in Windows-1252 with semicolons, amounts as the press release writes them. */
    private static byte[] seedList(UnaryOperator<String> edit) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (SeedDocument.SeedProject project : SeedDocument.regionMidtjylland2024().projects()) {
            String total = project.title().startsWith("Ung til ung") ? "0324 mio. kroner" : millions(project.totalSum());
            csv.append(edit.apply(project.title() + ";" + project.town() + ";" + project.subPool() + ";" + total + ";"
                    + millions(project.granted()))).append("\r\n");
        }
        return csv.toString().getBytes(Charset.forName("windows-1252"));
    }

    private static String millions(Money amount) {
        return amount.amount().movePointLeft(6).stripTrailingZeros().toPlainString().replace('.', ',') + " mio. kroner";
    }

    private static String plain(Money amount) {
        return amount.amount().setScale(2).toPlainString();
    }

    // --- HTTP ------------------------------------------------------------------------------------------------------

    private static HttpResponse<String> post(String user, byte[] file, long fund, String round, boolean createRound,
                                             boolean dryRun) {
        return post(user, file, fund, round, createRound, dryRun, "da");
    }

    static HttpResponse<String> post(String user, byte[] file, long fund, String round, boolean createRound,
                                     boolean dryRun, String language) {
        String boundary = "pulje" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = "?fund=" + fund + "&round=" + java.net.URLEncoder.encode(round, StandardCharsets.UTF_8)
                + "&createRound=" + createRound + "&dryRun=" + dryRun;
        HttpRequest request = HttpRequest.newBuilder(URI.create(Urls.base() + "api/v1/imports/allocations" + query))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return new Json().toType(response.body(), Json.MAP_TYPE);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem details, never HTML: " + response.headers().firstValue("Content-Type"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> totals(Map<String, Object> report) {
        return (Map<String, Object>) report.get("totals");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }

    private static Map<String, Object> summary(long roundId) {
        return summary(ImportFund.USER, roundId);
    }

    private static Map<String, Object> summary(String user, long roundId) {
        HttpResponse<String> response = WebClient.basic(user, DemoUser.PASSWORD).get("api/v1/rounds/" + roundId + "/summary");
        return json(response, 200);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> grantedPerPool(Map<String, Object> summary) {
        return ((List<Map<String, Object>>) summary.get("subPools")).stream()
                .map(p -> List.of(p.get("name"), p.get("granted"), p.get("projects"))).map(Object.class::cast).toList();
    }
}

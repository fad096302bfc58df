package dk.pulje.it.ops;

import dk.pulje.application.shared.Clocks;
import dk.pulje.it.ops.OpsApi.OpsFund;
import dk.pulje.it.ops.OpsApi.Reply;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.ops.PuljeInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durability under faults (issue 14), on a separate real Pulje ({@link PuljeInstance}: ./pulje run with its own
 * PostgreSQL, so killing things hurts no other test):
 * <ol>
 * <li>1,000 concurrent amendments of one grant from 8 threads, each with the version it saw in If-Match (a refused
 * client reads again and tries anew): none lost (the final amount is the start plus every accepted raise, one
 * amendment and one audit row each), every refusal is a 412 that says who changed it;</li>
 * <li>kill -9 of PostgreSQL: the API answers 503 problem details and pages a readable 503 page ("prøv igen") while it
 * is away, and Pulje recovers by itself once PostgreSQL is started again on the same folder (no WildFly restart);</li>
 * <li>kill -9 of WildFly in the middle of a stream of writes (create project, decide grant, plan tranche): after the
 * restart every acknowledged write is there, none is half-written, and the audit trail has every one.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final LocalDate TODAY = LocalDate.now(Clocks.DANISH_TIME);
    private static final BigDecimal GRANTED = new BigDecimal("100000.00");

    private static PuljeInstance pulje;
    private static OpsApi api;
    private static OpsFund fund;
    private static long subPool;

    @BeforeAll
    static void start() throws Exception {
        pulje = PuljeInstance.start("faults");
        api = new OpsApi(pulje);
        fund = OpsApi.fund(pulje, "Driftspuljen");
        try (Connection db = pulje.connect()) {
            subPool = OpsApi.id(db, "select id from sub_pool where round_id = ?", fund.round());
        }
    }

    @AfterAll
    static void stop() {
        if (pulje != null) {
            pulje.close();
        }
    }

    // ------------------------------------------------------------------ 1,000 concurrent edits

    @Test
    @Order(1)
    void aThousandConcurrentEditsOfOneGrantLoseNothing() throws Exception {
        long project = decided(create("Samtidige ændringer"));
        String grant = "api/v1/projects/" + project + "/grant";
        int edits = Integer.getInteger("pulje.faults.edits", 1000);
        int threads = 8;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<String> refusedWithoutWho = ConcurrentHashMap.newKeySet();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                // An edit: read the grant, raise it by 1 kr. at the version seen. A 412 is answered by the next edit,
                // which reads again: the retry of a client that was told someone else came first.
                while (next.getAndIncrement() < edits) {
                    Reply seen = api.get(grant);
                    BigDecimal now = new BigDecimal(seen.json().getString("granted"));
                    Reply answer = api.post(grant + "/amendments", """
                            {"amendedOn": "%s", "reason": "Forhøjet med 1 kr.", "newGranted": "%s"}"""
                            .formatted(TODAY, now.add(BigDecimal.ONE)), "If-Match", seen.etag());
                    if (answer.status() == 201) {
                        accepted.incrementAndGet();
                    } else if (answer.status() == 412) {
                        refused.incrementAndGet();
                        if (answer.json().getString("changedBy", "").isEmpty()) {
                            refusedWithoutWho.add(answer.body());
                        }
                    } else {
                        unexpected.add(answer.status() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(List.of(), unexpected, "every answer is 201 or 412");
        assertEquals(edits, accepted.get() + refused.get());
        assertTrue(accepted.get() > 0 && refused.get() > 0, "they really were concurrent: " + accepted + " accepted, "
                + refused + " refused");
        assertEquals(Set.of(), refusedWithoutWho, "every 412 says who changed the grant");
        BigDecimal expected = GRANTED.add(BigDecimal.valueOf(accepted.get()));
        assertEquals(0, expected.compareTo(new BigDecimal(api.get(grant).json().getString("granted"))),
                "every accepted raise is in the final amount, and only those");
        try (Connection db = pulje.connect()) {
            assertEquals(accepted.get(), OpsApi.id(db, """
                    select count(*) from grant_amendment a join project_grant g on g.id = a.grant_id where g.project_id = ?""",
                    project), "one amendment per accepted edit");
            assertEquals(accepted.get(), OpsApi.id(db, """
                    select count(*) from grant_amendment_aud a join grant_amendment m on m.id = a.id
                    join project_grant g on g.id = m.grant_id where g.project_id = ? and a.revtype = 0""", project),
                    "and one audit revision each");
        }
        System.out.printf("FaultsIT: %d concurrent edits of one grant from %d threads in %.1f s: %d accepted, %d refused"
                + " with 412 (changedBy)%n", edits, threads, seconds, accepted.get(), refused.get());
    }

    // ------------------------------------------------------------------ PostgreSQL away and back

    @Test
    @Order(2)
    void withPostgresKilledPuljeAnswers503AndRecoversByItself() throws Exception {
        long project = create("Database væk");
        String path = "api/v1/projects/" + project;
        assertEquals(200, api.get(path).status());
        Browser page = Browser.loggedIn(pulje, "admin");
        HttpResponse<String> before = page.get("projects/view.xhtml?id=" + project);
        assertEquals(200, before.statusCode());
        String viewState = WebClient.viewStateOf(before.body());
        long wildFly = pulje.wildFlyPid();

        pulje.killPostgres();

        Reply danish = api.get(path);
        assertEquals(503, danish.status(), danish.body());
        assertTrue(danish.contentType().startsWith("application/problem+json"), danish.contentType());
        assertTrue(danish.json().getString("detail").contains("Prøv igen"), danish.body());
        assertNotNull(danish.retryAfter(), "Retry-After");
        Reply english = api.get(path, "Accept-Language", "en");
        assertEquals(503, english.status());
        assertTrue(english.json().getString("detail").contains("try again"), english.body());
        Reply write = api.post("api/v1/projects", newProject("Skrevet mens databasen var væk"));
        assertEquals(503, write.status(), write.body());

        HttpResponse<String> away = page.get("projects/view.xhtml?id=" + project);
        assertEquals(503, away.statusCode(), away.body());
        assertTrue(away.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(away.body().contains("<html lang=\"da\"") && away.body().contains("Prøv igen"), away.body());
        assertFalse(away.body().contains("Exception") || away.body().contains("SQL"), "no cause shown: " + away.body());
        assertTrue(away.body().contains("href=\"/pulje/projects/view.xhtml?id=" + project + "\""),
                "'Prøv igen' opens the same page again: " + away.body());
        // A click on the page (PrimeFaces ajax) gets the same words in a partial response, which the page shows.
        HttpResponse<String> click = page.postAjax("projects/view.xhtml?id=" + project, viewState);
        assertTrue(click.body().contains("<partial-response") && click.body().contains("Prøv igen"), click.body());
        assertFalse(click.body().contains("Fejlens nummer"), "no incident id: nothing is wrong with the click");

        pulje.startPostgres();
        Instant deadline = Instant.now().plusSeconds(60);
        Reply back = api.get(path);
        while (back.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            back = api.get(path);
        }
        assertEquals(200, back.status(), "Pulje recovers by itself: " + back.body());
        assertEquals(wildFly, pulje.wildFlyPid(), "without a WildFly restart");
        assertEquals(201, api.post("api/v1/projects", newProject("Skrevet efter databasen kom igen")).status());
        assertEquals(200, page.get("projects/view.xhtml?id=" + project).statusCode(), "pages too, same session");
        try (Connection db = pulje.connect()) {
            assertEquals(0, OpsApi.id(db, "select count(*) from project where title = 'Skrevet mens databasen var væk'"));
        }
    }

    // ------------------------------------------------------------------ WildFly killed while writing

    @Test
    @Order(3)
    void killingWildFlyMidStreamLosesNoAcknowledgedWrite() throws Exception {
        Map<Long, String> seen;
        int failuresBefore;
        try (WriteStream stream = new WriteStream("Strøm")) {
            stream.awaitPlanned(10, Duration.ofSeconds(120));
            failuresBefore = stream.failures.get();
            pulje.killWildFly();
            Thread.sleep(1000); // the writers meet the dead server
            seen = stream.stop();
        }
        assertEquals(0, failuresBefore, "no write failed before the kill");
        assertTrue(seen.values().stream().filter("planned"::equals).count() >= 10, "a real stream of writes: " + seen);

        pulje.restart();

        assertAcknowledgedWritesWhole(seen, "Strøm");
        try (Connection db = pulje.connect();
             ResultSet rows = db.createStatement().executeQuery("select count(*) from project where title like 'Strøm %'")) {
            rows.next();
            System.out.printf("FaultsIT: %d acknowledged projects (%d fully planned) before kill -9 of WildFly; %d committed%n",
                    seen.size(), seen.values().stream().filter("planned"::equals).count(), rows.getLong(1));
        }
        assertEquals(201, api.post("api/v1/projects", newProject("Efter genstart")).status(), "it writes again");
    }

    // ------------------------------------------------------------------ PostgreSQL killed while writing

    @Test
    @Order(4)
    void killingPostgresMidStreamLosesNoAcknowledgedWriteAndRefusesTheRestWith503() throws Exception {
        Map<Long, String> seen;
        Set<Integer> refusedWith;
        try (WriteStream stream = new WriteStream("Databasestrøm")) {
            stream.awaitPlanned(5, Duration.ofSeconds(120));
            assertEquals(Set.of(), Set.copyOf(stream.statuses), "no write failed before the kill");
            pulje.killPostgres();
            Thread.sleep(3000); // the writers meet the missing database
            seen = stream.stop();
            refusedWith = Set.copyOf(stream.statuses);
        }
        assertEquals(Set.of(503), refusedWith, "a write while the database is away is told to try again, never a 500");
        assertTrue(seen.values().stream().filter("planned"::equals).count() >= 5, "a real stream of writes: " + seen);

        pulje.startPostgres();
        Instant deadline = Instant.now().plusSeconds(60);
        while (api.get("api/v1/funds").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertAcknowledgedWritesWhole(seen, "Databasestrøm");
    }

    /**
     * Every acknowledged step is there after the fault, and nothing that committed is half-written: each project with
     * its lines, each decided grant with a granted project, each grant's planned total its tranches' sum, each row with
     * its Envers revision by admin, and the history a person reads shows the steps.
     */
    private static void assertAcknowledgedWritesWhole(Map<Long, String> seen, String prefix) throws Exception {
        for (Map.Entry<Long, String> write : seen.entrySet()) {
            long id = write.getKey();
            assertEquals(200, api.get("api/v1/projects/" + id).status(), "acknowledged project " + id);
            if (!write.getValue().equals("created")) {
                Reply grant = api.get("api/v1/projects/" + id + "/grant");
                assertTrue(grant.json().getBoolean("decided"), "acknowledged decision of " + id);
                assertEquals("100000.00", grant.json().getString("granted"));
            }
            if (write.getValue().equals("planned")) {
                assertEquals("40000.00", api.get("api/v1/projects/" + id + "/payments").json().getString("planned"),
                        "acknowledged tranche of " + id);
            }
        }
        String titles = prefix + " %";
        try (Connection db = pulje.connect()) {
            // None half-written: whatever committed, acknowledged or not, committed whole (the API's create writes the
            // project with its two budget lines and its financing line in one transaction).
            assertEquals(0, OpsApi.id(db, """
                    select count(*) from project p where p.fund_id = ? and p.title like ?
                    and ((select count(*) from budget_line b where b.project_id = p.id) <> 2
                      or (select count(*) from financing_line f where f.project_id = p.id) <> 1)""", fund.fund(), titles));
            assertEquals(0, OpsApi.id(db, """
                    select count(*) from project p join project_grant g on g.project_id = p.id
                    where p.fund_id = ? and p.title like ?
                    and (g.granted_amount is null) <> (p.status <> 'GRANTED')""", fund.fund(), titles),
                    "a decided grant and a granted project go together");
            assertEquals(0, OpsApi.id(db, """
                    select count(*) from project_grant g join project p on p.id = g.project_id
                    where p.fund_id = ? and g.planned_total <> coalesce((select sum(planned_amount) from payment y
                    where y.grant_id = g.id), 0)""", fund.fund()), "the grant's planned total is its tranches' sum");
            // The audit trail: every row that committed has its Envers revision, by admin, in the same transaction.
            assertEquals(0, OpsApi.id(db, """
                    select count(*) from project p where p.fund_id = ? and p.title like ? and not exists
                    (select 1 from project_aud a join audit_revision r on r.id = a.rev
                     where a.id = p.id and a.revtype = 0 and r.changed_by = 'admin')""", fund.fund(), titles),
                    "project created");
            assertEquals(0, OpsApi.id(db, """
                    select count(*) from project_grant g join project p on p.id = g.project_id
                    where p.fund_id = ? and g.granted_amount is not null and not exists
                    (select 1 from project_grant_aud a where a.id = g.id and a.granted_amount = g.granted_amount)""",
                    fund.fund()), "grant decided");
            assertEquals(0, OpsApi.id(db, """
                    select count(*) from payment y join project_grant g on g.id = y.grant_id join project p on p.id = g.project_id
                    where p.fund_id = ? and not exists (select 1 from payment_aud a where a.id = y.id and a.revtype = 0)""",
                    fund.fund()), "tranche planned");
        }
        long sample = seen.entrySet().stream().filter(e -> e.getValue().equals("planned")).findFirst().orElseThrow().getKey();
        String history = api.get("api/v1/projects/" + sample + "/history").body();
        assertTrue(history.contains("\"changedBy\":\"admin\"") && history.contains("ADDED"), history);
    }

    /**
     * Four API writers, each creating a project, deciding its grant and planning a tranche, over and over; what was
     * acknowledged is recorded per project (its last step that answered OK), and every other answer's status.
     */
    private static final class WriteStream implements AutoCloseable {

        final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        final AtomicInteger failures = new AtomicInteger();
        /** The statuses of the answers that were not the step's success; -1 for a connection that failed. */
        final Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean writing = new AtomicBoolean(true);
        private final ExecutorService writers = Executors.newFixedThreadPool(4);
        private final List<Future<?>> running = new ArrayList<>();

        WriteStream(String prefix) {
            for (int w = 0; w < 4; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        try {
                            writeOne(prefix + " " + writer + "-" + n);
                        } catch (IOException | RuntimeException connectionLost) {
                            failed(-1);
                            Thread.sleep(200);
                        }
                    }
                    return null;
                }));
            }
        }

        private void writeOne(String title) throws Exception {
            Reply created = api.post("api/v1/projects", newProject(title));
            if (created.status() != 201) {
                failed(created.status());
                return;
            }
            long id = created.json().getJsonNumber("id").longValue();
            acknowledged.put(id, "created");
            String grant = "api/v1/projects/" + id + "/grant";
            Reply before = api.get(grant);
            if (before.status() != 200) {
                failed(before.status());
                return;
            }
            Reply decided = api.post(grant, decision(), "If-Match", before.etag());
            if (decided.status() != 200) {
                failed(decided.status());
                return;
            }
            acknowledged.put(id, "decided");
            String payments = "api/v1/projects/" + id + "/payments";
            Reply list = api.get(payments);
            if (list.status() != 200) {
                failed(list.status());
                return;
            }
            Reply planned = api.post(payments, """
                    {"plannedDate": "%s", "amount": "40000.00", "condition": "Ved start"}""".formatted(TODAY),
                    "If-Match", list.etag());
            if (planned.status() == 201) {
                acknowledged.put(id, "planned");
            } else {
                failed(planned.status());
            }
        }

        private void failed(int status) {
            failures.incrementAndGet();
            statuses.add(status);
        }

        void awaitPlanned(int count, Duration timeout) throws InterruptedException {
            Instant until = Instant.now().plus(timeout);
            while (acknowledged.values().stream().filter("planned"::equals).count() < count && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
        }

        /** Stops the writers and answers what was acknowledged. */
        Map<Long, String> stop() throws Exception {
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writers.shutdown();
            return Map.copyOf(acknowledged);
        }

        @Override
        public void close() {
            writing.set(false);
            writers.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static long create(String title) throws Exception {
        Reply created = api.post("api/v1/projects", newProject(title));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long decided(long project) throws Exception {
        String grant = "api/v1/projects/" + project + "/grant";
        Reply decided = api.post(grant, decision(), "If-Match", api.get(grant).etag());
        assertEquals(200, decided.status(), decided.body());
        return project;
    }

    private static String decision() {
        return """
                {"granted": "%s", "decisionDate": "%s", "subPoolId": %d}""".formatted(GRANTED, TODAY, subPool);
    }

    private static String newProject(String title) {
        return """
                {"fundId": %d, "roundId": %d, "type": "DEVELOPMENT", "status": "UNDER_REVIEW", "title": "%s",
                 "town": "Vejle", "startDate": "2027-01-01", "endDate": "2027-12-31", "totalSum": "500000.00",
                 "budgetLines": [{"category": "SALARIES", "year": 2027, "amount": "300000.00"},
                                 {"category": "MATERIALS", "year": 2027, "amount": "50000.00"}],
                 "financingLines": [{"kind": "OWN_CASH", "amount": "100000.00"}]}
                """.formatted(fund.fund(), fund.round(), title);
    }

    /** A person in a browser: the login form, then pages with the session cookie (the instance's address). */
    private record Browser(HttpClient http, String base) {

        static Browser loggedIn(PuljeInstance pulje, String username) throws Exception {
            Browser browser = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build(), pulje.url());
            String page = browser.get("login.xhtml?lang=da").body();
            Map<String, String> form = Map.of("login", "login", "login:next", "", "login:username", username,
                    "login:password", PuljeInstance.DEMO_PASSWORD, "login:submit", "",
                    "jakarta.faces.ViewState", WebClient.viewStateOf(page), "primefaces.nonce", WebClient.nonceOf(page));
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> answer = browser.http.send(HttpRequest.newBuilder(URI.create(browser.base + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), "login: " + answer.body());
            return browser;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** A Faces ajax postback of the page's view (as PrimeFaces sends a click), rendering nothing. */
        HttpResponse<String> postAjax(String path, String viewState) throws IOException, InterruptedException {
            String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=overview&jakarta.faces.partial.execute=%40all"
                    + "&jakarta.faces.partial.render=%40none&jakarta.faces.ViewState="
                    + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Faces-Request", "partial/ajax")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}

package dk.pulje.it.imports;

import dk.pulje.it.support.ClientSql;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestTokens;
import dk.pulje.it.support.TokenClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An allocation list imported again into a round while administrators grant other projects in that round, end to end
 * through the API. Every corrected amount's trigger writes the round's summary row, and writing it again in the same
 * transaction re-checks the summary's foreign key with a key-share lock on the round. A decision that held the round
 * with {@code FOR UPDATE} and waited for the summary row deadlocked with the import (it failed once in three runs here
 * before the fix; RegisterAndGrantConcurrentlyIT shows the same cycle deterministically). Decisions now lock the round
 * with {@code FOR NO KEY UPDATE}, which a key-share lock does not wait for: the import and every decision succeed, and
 * the round's summary equals what the round holds.
 */
@PuljeIntegrationTest
@RunAsClient
class ImportWhileGrantingIT {

    private static final String FUND = "Importlåsepuljen";
    private static final String HEADER = "Projekt;By;Samlet projektsum;Bevilget\r\n";
    /** Three chunks of corrected amounts, then new projects in a chunk of their own. */
    private static final int CORRECTED = 1_500;
    private static final int ADDED = 50;
    private static final int TO_GRANT = 150;
    private static final int GRANTERS = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void decisionsDuringAnImportIntoTheSameRoundWaitForItAndNothingFails() throws Exception {
        long fund = fund();
        String roundName = "Låst runde 2026";
        HttpResponse<String> first = AllocationImportApiIT.post("admin", list(CORRECTED, 0, "50.000"), fund, roundName,
                true, false, "da");
        assertEquals(200, first.statusCode(), first.body());
        long round = (Long) ((Map<?, ?>) json(first).get("round")).get("id");

        TokenClient admin = TokenClient.bearer(TestTokens.create("admin"));
        ConcurrentLinkedQueue<Long> waiting = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < TO_GRANT; i++) {
            HttpResponse<String> created = admin.post("api/v1/projects", """
                    {"fundId": %d, "roundId": %d, "type": "DEVELOPMENT", "status": "UNDER_REVIEW",
                     "title": "Til afgørelse %d", "town": "Vejle", "totalSum": "100000.00"}""".formatted(fund, round, i));
            assertEquals(201, created.statusCode(), created.body());
            waiting.add((Long) json(created).get("id"));
        }

        AtomicBoolean importing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger granted = new AtomicInteger();
        List<Thread> granters = new ArrayList<>();
        for (int t = 0; t < GRANTERS; t++) {
            Thread granter = new Thread(() -> {
                Long project;
                while (importing.get() && (project = waiting.poll()) != null) {
                    String path = "api/v1/projects/" + project + "/grant";
                    HttpResponse<String> read = admin.get(path);
                    HttpResponse<String> decided = admin.post(path, """
                            {"granted": "40000.00", "decisionDate": "2026-11-26"}""",
                            "If-Match", read.headers().firstValue("ETag").orElse("*"));
                    if (decided.statusCode() == 200) {
                        granted.incrementAndGet();
                    } else {
                        failures.add("grant " + project + ": " + decided.statusCode() + " " + decided.body());
                    }
                    pause(); // spread the decisions over the whole import, not only its first seconds
                }
            }, "granter-" + t);
            granters.add(granter);
            granter.start();
        }
        HttpResponse<String> again;
        try {
            again = AllocationImportApiIT.post("admin", list(CORRECTED, ADDED, "60.000"), fund, String.valueOf(round),
                    false, false, "da");
        } finally {
            importing.set(false);
            for (Thread granter : granters) {
                granter.join(TimeUnit.MINUTES.toMillis(2));
            }
        }
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(Map.of("rows", (long) CORRECTED + ADDED, "created", (long) ADDED, "updated", (long) CORRECTED,
                        "unchanged", 0L, "refused", 0L),
                json(again).get("totals"));
        assertEquals(List.of(), List.copyOf(failures), "every decision made during the import");
        assertTrue(granted.get() > 0, "decisions were made while the import ran");

        try (Connection db = ClientSql.connect()) {
            assertEquals(CORRECTED + ADDED + TO_GRANT,
                    ClientSql.id(db, "select count(*) from project where round_id = ?", round));
            assertEquals(granted.get(), ClientSql.id(db, """
                    select count(*) from project_grant g join project p on p.id = g.project_id
                    where p.round_id = ? and g.granted_amount = 40000.00""", round));
            // The summary the dashboards read, kept by triggers, equals the live aggregate after both.
            assertEquals(ClientSql.id(db, "select count(*) from project where round_id = ?", round),
                    ClientSql.id(db, "select projects from round_summary where round_id = ?", round));
            assertEquals(0, decimal(db, """
                    select sum(g.granted_amount) from project_grant g join project p on p.id = g.project_id
                    where p.round_id = ?""", round).compareTo(
                    decimal(db, "select granted_sum from round_summary where round_id = ?", round)));
        }
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return new Json().toType(response.body(), Json.MAP_TYPE);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rows 0..corrected-1 with the amount given, then the added rows (new projects) last. */
    private static byte[] list(int corrected, int added, String granted) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < corrected; i++) {
            csv.append("Låseprojekt ").append(i).append(";Aarhus;200.000;").append(granted).append("\r\n");
        }
        for (int i = 0; i < added; i++) {
            csv.append("Tilføjet projekt ").append(i).append(";Randers;200.000;").append(granted).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A fund of the test's own with no rounds yet, administered by admin (the import creates the round). */
    private static long fund() throws SQLException {
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, """
                    insert into fund (funder_id, name, short_name) select min(o.id), 'Importlåsetestens pulje', ?
                    from organisation o""", FUND);
            long fund = ClientSql.id(db, "select id from fund where short_name = ?", FUND);
            ClientSql.update(db, """
                    insert into user_fund (user_id, fund_id, role) select id, ?, 'FUND_ADMIN' from user_account
                    where username = 'admin'""", fund);
            return fund;
        }
    }

    private static java.math.BigDecimal decimal(Connection db, String sql, long argument) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, argument);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getBigDecimal(1);
            }
        }
    }
}

package dk.pulje.it.imports;

import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's round trip (helper D's export into helper B's import): the seed's round "Uddannelsespuljen 2024"
 * downloaded from its page as XLSX and as CSV, each file imported through the REST import into a new round
 * ({@code createRound=true}), gives the same figures: as many projects, the same Σ granted and Σ total, and per project
 * the same title, owner, town, municipality, sub-pool, amounts and period. The new rounds are made in the import tests'
 * own fund ({@link ImportFund}: the same sub-pools as the seed's fund), as a fresh Pulje would receive the file, and so
 * that the demo funds' figures other tests read stay the seed's. In this package to use the import's own HTTP helper
 * ({@link AllocationImportApiIT#post}).
 */
@PuljeIntegrationTest
@RunAsClient
class RoundTripIT {

    private static final String ROUND = "Uddannelsespuljen 2024";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aRoundExportedAsXlsxImportsIntoAFreshRoundWithTheSameFigures() {
        roundTrip("XLSX", ROUND + " (tilbage fra XLSX)");
    }

    @Test
    void aRoundExportedAsCsvImportsIntoAFreshRoundWithTheSameFigures() {
        roundTrip("CSV", ROUND + " (tilbage fra CSV)");
    }

    private static void roundTrip(String format, String newRound) {
        long round = ForeignFund.roundId(ROUND);
        long fund = ImportFund.ensure();
        HttpResponse<byte[]> file = WebClient.loggedIn("admin", DemoUser.PASSWORD)
                .getBytes("funds/round.xhtml?id=" + round + "&export=" + format);
        assertEquals(200, file.statusCode());

        HttpResponse<String> imported = AllocationImportApiIT.post(ImportFund.USER, file.body(), fund, newRound, true, false,
                "da");
        assertEquals(200, imported.statusCode(), imported.body());
        long copy = ForeignFund.roundId(newRound);

        List<String> before = projects(round);
        List<String> after = projects(copy);
        assertTrue(before.size() >= 15, "the seed's 15 projects: " + before.size());
        assertEquals(before.size(), after.size(), "as many projects");
        assertEquals(sum("g.granted_amount", round), sum("g.granted_amount", copy), "Σ granted");
        assertEquals(sum("p.total_amount", round), sum("p.total_amount", copy), "Σ total");
        assertFalse(sum("g.granted_amount", round).signum() == 0, "a round with grants");
        assertEquals(before, after, "per project: title, owner, town, municipality, sub-pool, amounts, period");
    }

    /** Each project of a round as one comparable line, by title. */
    private static List<String> projects(long round) {
        return rows("""
                select concat_ws(' | ', p.title, o.name, p.town, p.municipality, sp.name, p.total_amount, g.applied_amount,
                       g.granted_amount, p.start_date, p.end_date)
                from project p left join organisation o on o.id = p.owner_id
                     left join project_grant g on g.project_id = p.id left join sub_pool sp on sp.id = g.sub_pool_id
                where p.round_id = ? order by p.title, 1""", round);
    }

    private static BigDecimal sum(String column, long round) {
        return new BigDecimal(rows("select coalesce(sum(" + column + "), 0) from project p"
                + " left join project_grant g on g.project_id = p.id where p.round_id = ?", round).get(0));
    }

    private static List<String> rows(String sql, long round) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, round);
            List<String> lines = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    lines.add(row.getString(1));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

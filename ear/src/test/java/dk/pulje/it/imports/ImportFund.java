package dk.pulje.it.imports;

import dk.pulje.it.support.ClientSql;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.as.DemoUser;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A fund of its own for the import tests from outside the server, so that the rounds and projects they import never
 * change the demo funds' figures other tests assert: "Importpuljen" of Region Midtjylland with one earlier round split
 * like Uddannelsespuljen (Temapulje 80 %, Åben pulje 20 %), the rules a new round takes; and the user "importer" who
 * administers it (and nothing else). Written straight into the test database, once per run.
 */
final class ImportFund {

    static final String SHORT_NAME = "Importpuljen";
    static final String USER = "importer";

    private ImportFund() {
    }

    /** The fund's id. */
    static long ensure() {
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, 'Region Midtjyllands importpulje', ?
                    from organisation o where o.name = 'Region Midtjylland'
                    and not exists (select 1 from fund where short_name = ?)""", SHORT_NAME, SHORT_NAME);
            long fund = ClientSql.id(db, "select id from fund where short_name = ?", SHORT_NAME);
            ClientSql.update(db, """
                    insert into funding_round (fund_id, name, round_year) select ?, 'Importpuljen 2023', 2023
                    where not exists (select 1 from funding_round where fund_id = ?)""", fund, fund);
            long round = ClientSql.id(db, "select id from funding_round where fund_id = ? and name = 'Importpuljen 2023'", fund);
            ClientSql.update(db, """
                    insert into sub_pool (round_id, name, kind, target_share) select ?, 'Temapulje', 'THEME', 0.80
                    where not exists (select 1 from sub_pool where round_id = ?)""", round, round);
            ClientSql.update(db, """
                    insert into sub_pool (round_id, name, kind, target_share) select ?, 'Åben pulje', 'OPEN', 0.20
                    where not exists (select 1 from sub_pool where round_id = ? and name = 'Åben pulje')""", round, round);
            TestUsers.create(USER, DemoUser.PASSWORD, Map.of("FUND_ADMIN", List.of(SHORT_NAME)));
            return fund;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the import fund", e);
        }
    }
}

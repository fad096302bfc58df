package dk.pulje.it.api;

import dk.pulje.it.support.ClientSql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A fund of its own for the API tests that create and grant projects from outside the server ("API-puljen", one round
 * with a theme and an open sub-pool, administered by the demo user admin), so that what they write never changes the
 * demo round's figures that the dashboard and page tests assert, whatever order the test classes run in. Written
 * straight into the test database, once per run.
 */
public record ApiFund(long fund, long round) {

    public static final String SHORT_NAME = "API-puljen";
    public static final String ROUND = "API-puljen 2026";

    public static ApiFund ensure() {
        return ensure("admin");
    }

    /** The fund, administered by admin and by the users named (who must exist). */
    public static ApiFund ensure(String... administrators) {
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, 'Region Midtjyllands API-pulje', ?
                    from organisation o where o.name = 'Region Midtjylland'
                    and not exists (select 1 from fund where short_name = ?)""", SHORT_NAME, SHORT_NAME);
            long fund = ClientSql.id(db, "select id from fund where short_name = ?", SHORT_NAME);
            ClientSql.update(db, """
                    insert into funding_round (fund_id, name, round_year) select ?, ?, 2026
                    where not exists (select 1 from funding_round where fund_id = ?)""", fund, ROUND, fund);
            long round = ClientSql.id(db, "select id from funding_round where fund_id = ? and name = ?", fund, ROUND);
            ClientSql.update(db, """
                    insert into sub_pool (round_id, name, kind, target_share) select ?, 'Temapulje', 'THEME', 0.80
                    where not exists (select 1 from sub_pool where round_id = ?)""", round, round);
            ClientSql.update(db, """
                    insert into sub_pool (round_id, name, kind, target_share) select ?, 'Åben pulje', 'OPEN', 0.20
                    where not exists (select 1 from sub_pool where round_id = ? and name = 'Åben pulje')""", round, round);
            for (String administrator : java.util.stream.Stream.concat(java.util.stream.Stream.of("admin"),
                    java.util.Arrays.stream(administrators)).distinct().toList()) {
                ClientSql.update(db, """
                        insert into user_fund (user_id, fund_id, role) select u.id, ?, 'FUND_ADMIN' from user_account u
                        where u.username = ?
                        and not exists (select 1 from user_fund uf where uf.user_id = u.id and uf.fund_id = ?)""",
                        fund, administrator, fund);
            }
            return new ApiFund(fund, round);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the API tests' fund", e);
        }
    }
}

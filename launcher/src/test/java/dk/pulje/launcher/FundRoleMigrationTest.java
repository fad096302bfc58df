package dk.pulje.launcher;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * V5 gives every existing fund link its role without changing what anybody may do: a fund administrator's links
 * become administered funds, regional staff's read funds, a user with both roles keeps both, and links of users with
 * neither role (which granted nothing) go.
 */
class FundRoleMigrationTest {

    @TempDir
    Path folder;

    @Test
    void existingLinksKeepExactlyWhatTheyGranted() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, port, EmbeddedDatabase.Durability.THROWAWAY)) {
            Flyway flyway = Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .locations("classpath:db/migration").target("3").load();
            flyway.migrate();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
                 Statement sql = connection.createStatement()) {
                sql.execute("insert into organisation (name, type) values ('Funder', 'AGENCY')");
                sql.execute("insert into fund (funder_id, name, short_name) select id, 'Fund A', 'A' from organisation");
                sql.execute("insert into fund (funder_id, name, short_name) select id, 'Fund B', 'B' from organisation");
                for (String user : List.of("admin", "region", "both", "nobody")) {
                    sql.execute("insert into user_account (username, display_name, password_hash, password_changed_at, created_at)"
                            + " values ('" + user + "', '" + user + "', 'x', now(), now())");
                    sql.execute("insert into user_fund (user_id, fund_id) select u.id, f.id from user_account u, fund f"
                            + " where u.username = '" + user + "' and f.short_name = 'A'");
                }
                sql.execute("insert into user_role (user_id, role) select id, 'FUND_ADMIN' from user_account where username in ('admin', 'both')");
                sql.execute("insert into user_role (user_id, role) select id, 'REGIONAL_STAFF' from user_account where username in ('region', 'both')");
                sql.execute("insert into user_role (user_id, role) select id, 'APPLICANT' from user_account where username = 'nobody'");
            }
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
                 Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("""
                         select u.username, uf.role from user_fund uf join user_account u on u.id = uf.user_id
                         order by u.username, uf.role""")) {
                List<String> links = new ArrayList<>();
                while (rows.next()) {
                    links.add(rows.getString(1) + ":" + rows.getString(2));
                }
                assertEquals(List.of("admin:FUND_ADMIN", "both:FUND_ADMIN", "both:REGIONAL_STAFF", "region:REGIONAL_STAFF"), links);
                assertThrows(SQLException.class, () -> sql.execute(
                        "insert into user_fund (user_id, fund_id, role) select id, (select min(id) from fund), 'APPLICANT' from user_account where username = 'nobody'"),
                        "a fund is given as administrator or regional staff only");
            }
        }
    }
}

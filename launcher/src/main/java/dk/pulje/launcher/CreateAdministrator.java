package dk.pulje.launcher;

import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.PasswordPolicy;
import dk.pulje.domain.model.account.UserAccount;
import dk.pulje.domain.model.shared.RuleViolation;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code ./pulje create-admin [username]}: the first system administrator of a database without demo data, which has
 * no default password. The password is typed twice without echo (or given in PULJE_ADMIN_PASSWORD for scripts) and
 * must pass the same policy as every other password.
 */
public final class CreateAdministrator {

    private CreateAdministrator() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize();
        LauncherConfig config = LauncherConfig.from(System.getenv(), home);
        String username = args.length > 0 ? args[0] : "admin";
        try {
            char[] password = password();
            try (Target target = Target.open(config)) {
                create(target.connection(), username, "Systemadministrator", password);
            }
            System.out.println("pulje: created the system administrator '" + UserAccount.normaliseUsername(username)
                    + "'. Log in and create the other users under Brugere.");
        } catch (RuleViolation e) {
            System.err.println("pulje: " + e.messageIn(Locale.ENGLISH));
            System.exit(1);
        } catch (LauncherException e) {
            System.err.println("pulje: " + e.getMessage());
            System.exit(1);
        } catch (IOException | SQLException e) {
            System.err.println("pulje: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Inserts the user with the SYSTEM_ADMIN role in one transaction, and records it in the security log. */
    static void create(Connection connection, String typedUsername, String displayName, char[] password) throws SQLException {
        String username = UserAccount.normaliseUsername(typedUsername);
        PasswordPolicy.check(password, username);
        requireSchema(connection);
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from user_account where username = ?")) {
                exists.setString(1, username);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        throw new LauncherException("the user '" + username + "' exists already");
                    }
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into user_account (username, display_name, password_hash, password_changed_at, created_at)
                    values (?, ?, ?, ?, ?) returning id""")) {
                insert.setString(1, username);
                insert.setString(2, displayName);
                insert.setString(3, new PasswordHasher().hash(password));
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            try (PreparedStatement role = connection.prepareStatement("insert into user_role (user_id, role) values (?, 'SYSTEM_ADMIN')")) {
                role.setLong(1, id);
                role.executeUpdate();
            }
            try (PreparedStatement event = connection.prepareStatement("""
                    insert into security_event (occurred_at, event_type, username, actor, detail)
                    values (?, 'USER_CREATED', ?, './pulje create-admin', 'first system administrator')""")) {
                event.setTimestamp(1, now);
                event.setString(2, username);
                event.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void requireSchema(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "user_account", null)) {
            if (!tables.next()) {
                throw new LauncherException("the database has no Pulje schema yet: start Pulje once (./pulje run), "
                        + "which creates it, then run ./pulje create-admin again");
            }
        }
    }

    private static char[] password() {
        String fromEnvironment = System.getenv("PULJE_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new LauncherException("no terminal to type the password in: set PULJE_ADMIN_PASSWORD instead");
        }
        char[] first = console.readPassword("Password (at least %d characters): ", PasswordPolicy.MIN_LENGTH);
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new LauncherException("the two passwords differ");
        }
        return first;
    }

    /** The database to write to: an external one, the running embedded one, or the embedded one started for this. */
    private record Target(Connection connection, EmbeddedDatabase started) implements AutoCloseable {

        static Target open(LauncherConfig config) throws IOException, SQLException {
            if (config.externalDb() != null) {
                return new Target(DriverManager.getConnection(config.externalDb().url(), config.externalDb().user(),
                        config.externalDb().password()), null);
            }
            Path pidFile = config.data().resolve("pulje.pid");
            boolean running = Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
            if (running) {
                return new Target(DriverManager.getConnection("jdbc:postgresql://localhost:" + config.databasePort() + "/"
                        + EmbeddedDatabase.DATABASE, EmbeddedDatabase.USER,
                        EmbeddedDatabase.storedPassword(config.data().resolve("postgres"))), null);
            }
            if (!Files.exists(config.data().resolve("postgres/pgdata"))) {
                throw new LauncherException("there is no database in " + config.data() + " yet: start Pulje once (./pulje run)");
            }
            EmbeddedDatabase database = EmbeddedDatabase.start(config.data().resolve("postgres"), config.databasePort(),
                    EmbeddedDatabase.Durability.DURABLE);
            return new Target(DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password()), database);
        }

        @Override
        public void close() throws SQLException, IOException {
            connection.close();
            if (started != null) {
                started.close();
            }
        }
    }
}

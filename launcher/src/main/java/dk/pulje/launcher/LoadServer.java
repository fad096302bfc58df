package dk.pulje.launcher;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The server side of {@code ./pulje load} (issue 14, docs/adr/0026): a throwaway PostgreSQL and WildFly in a temporary
 * folder on free loopback ports, with {@code ./pulje bench}'s generated portfolio ({@link Benchmark#seed}) and users
 * (bench-admin, bench-region, bench-applicant with {@link #PASSWORD}), plus what the load journeys need and the bench
 * has not: a due status report on each of the applicant organisation's projects, and a read-write API token for
 * bench-admin's edits. Nothing of {@code ./pulje run} is touched; {@link #close()} stops both and deletes the folder.
 * <p>
 * It lives in the launcher because it drives the package-private {@link WildFlyServer}; the load module (Gatling,
 * built only by {@code ./pulje load}) uses it through this class alone.
 */
public final class LoadServer implements AutoCloseable {

    /** The password of the three users. */
    public static final String PASSWORD = Benchmark.PASSWORD;

    private final Path folder;
    private final LauncherConfig config;
    private final WildFlyServer server;
    private final EmbeddedDatabase database;
    private final String adminToken;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private LoadServer(Path folder, LauncherConfig config, WildFlyServer server, EmbeddedDatabase database,
                       String adminToken) {
        this.folder = folder;
        this.config = config;
        this.server = server;
        this.database = database;
        this.adminToken = adminToken;
    }

    /**
     * Migrates, seeds {@code projects} projects, starts WildFly and waits until Pulje answers. Progress lines go to
     * standard output.
     *
     * @param home the checkout (ear/target/server and ear/target/pulje.ear must be built)
     */
    public static LoadServer start(Path home, int projects) throws Exception {
        Path folder = Files.createTempDirectory("pulje-load-");
        LauncherConfig config = new LauncherConfig(home, folder, Ports.free(), Ports.free(), Ports.free(), null, false, null,
                "http://localhost/pulje/");
        WildFlyServer server = new WildFlyServer(config);
        EmbeddedDatabase database = null;
        try {
            database = EmbeddedDatabase.start(folder.resolve("postgres"), config.databasePort(),
                    EmbeddedDatabase.Durability.THROWAWAY);
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .locations("classpath:db/migration").load().migrate();
            long seeding = System.nanoTime();
            String token;
            try (Connection connection = connect(database)) {
                Benchmark.seed(connection, projects);
                Benchmark.users(connection);
                reportsToWrite(connection);
                token = TokenBench.token(connection, "bench-admin", "load", false);
            }
            System.out.printf(java.util.Locale.ROOT, "pulje load: seeded %,d projects in %.1f s%n", projects,
                    (System.nanoTime() - seeding) / 1e9);
            server.prepare();
            server.start(Benchmark.measuredServerEnvironment(database));
            server.awaitReady(Duration.ofMinutes(5));
            return new LoadServer(folder, config, server, database, token);
        } catch (Exception | Error e) {
            server.stop(Duration.ofSeconds(30));
            if (database != null) {
                database.close();
            }
            Folders.deleteTree(folder);
            throw e;
        }
    }

    /** Pulje's address, e.g. {@code http://localhost:41234/pulje/} (loopback: WildFly binds 127.0.0.1). */
    public String url() {
        return config.url();
    }

    /** A read-write API token of bench-admin (administrator of every fund), for {@code Authorization: Bearer …}. */
    public String adminToken() {
        return adminToken;
    }

    /** The temporary folder of this run (database, server copy, logs). */
    public Path folder() {
        return folder;
    }

    /** The server's log file, for a look after a failed request. */
    public Path serverLog() {
        return server.home().resolve("standalone/log/server.log");
    }

    /** The ids of every project, for the administrators' journeys. */
    public List<Long> projectIds() throws SQLException {
        return ids("select id from project order by id");
    }

    /** The ids of the applicant's due reports (one per project of the first organisation). */
    public List<Long> applicantReportIds() throws SQLException {
        return ids("select r.id from report_obligation r join project p on p.id = r.project_id"
                + " where p.owner_id = (select min(id) from organisation) and r.status = 'DUE' order by r.id");
    }

    /** The first fund's id (a filter of the administrators' list). */
    public List<Long> fundIds() throws SQLException {
        return ids("select id from fund order by id");
    }

    /** The pid of the WildFly JVM (the java process below standalone.sh), for jstat and /proc; empty if not found. */
    public OptionalLong wildFlyPid() {
        String home = server.home().toString();
        return ProcessHandle.current().descendants()
                .filter(handle -> handle.info().command().map(c -> c.endsWith("java")).orElse(false))
                .filter(handle -> handle.info().arguments().map(args -> String.join(" ", args).contains(home)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst();
    }

    /** Stops WildFly, then PostgreSQL, and deletes the folder; once (a shutdown hook may call it again). */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop(Duration.ofSeconds(60));
        } finally {
            try {
                database.close();
            } finally {
                Folders.deleteTree(folder);
            }
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /**
     * A status report due in a month on each project of the first organisation (the applicant's; the bench seeds no
     * reports): what an applicant opens and saves drafts of. Without an id: the column default takes a whole block
     * of the pooled sequence (V24), so it never collides with one the server holds.
     */
    private static void reportsToWrite(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into report_obligation (project_id, report_type, due_date, status)
                    select p.id, 'STATUS', current_date + 30, 'DUE'
                    from project p where p.owner_id = (select min(id) from organisation)""");
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
    }

}

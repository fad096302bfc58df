package dk.pulje.launcher;

import dk.pulje.application.dashboard.NativeAggregate;
import dk.pulje.application.security.CallerScope;
import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.Role;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./pulje bench [projects] [requests]}: Pulje on a real WildFly and PostgreSQL with a large generated portfolio
 * (100,000 projects and 1,000,000 budget lines by default), measured from outside over HTTP. Prints the figures;
 * asserts nothing (docs/performance.md). Its last section times each dashboard request against the bare SQL of the
 * same aggregates ({@link DashboardCases}).
 */
public final class Benchmark {

    /** The password of the bench's users; also ./pulje load's (LoadServer). */
    static final String PASSWORD = "Benchmark-adgangskode-2026";

    private final int projects;
    private final int requests;
    private final Random random = new Random(42);

    /** {@code ./pulje bench import [projects]}: only the import case (issue 12), on a smaller portfolio. */
    private final boolean importOnly;

    private Benchmark(int projects, int requests, boolean importOnly) {
        this.projects = projects;
        this.requests = requests;
        this.importOnly = importOnly;
    }

    /** {@code ./pulje bench tokens [projects] [requests]}: only the API-token case (issue 13). */
    private boolean tokensOnly;

    public static void main(String[] args) throws Exception {
        boolean tokensOnly = args.length > 0 && "tokens".equals(args[0]);
        if (tokensOnly) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            Benchmark bench = new Benchmark(rest.length > 0 ? Integer.parseInt(rest[0]) : 100_000,
                    rest.length > 1 ? Integer.parseInt(rest[1]) : 200, false);
            bench.tokensOnly = true;
            bench.run(Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize());
            return;
        }
        boolean importOnly = args.length > 0 && "import".equals(args[0]);
        String[] numbers = importOnly ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        int projects = numbers.length > 0 ? Integer.parseInt(numbers[0]) : importOnly ? 10_000 : 100_000;
        int requests = numbers.length > 1 ? Integer.parseInt(numbers[1]) : 200;
        new Benchmark(projects, requests, importOnly).run(Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath().normalize());
    }

    private void run(Path home) throws Exception {
        Path folder = Files.createTempDirectory("pulje-bench-");
        LauncherConfig config = new LauncherConfig(home, folder, Ports.free(), Ports.free(), Ports.free(), null, false, null,
                "http://localhost/pulje/");
        WildFlyServer server = new WildFlyServer(config);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"), config.databasePort(),
                EmbeddedDatabase.Durability.THROWAWAY)) {
            long started = System.nanoTime();
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password()).locations("classpath:db/migration")
                    .load().migrate();
            System.out.printf(Locale.ROOT, "Migrated the schema in %.1f s%n", seconds(started));
            long seeding = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())) {
                seed(connection, projects);
                users(connection);
                System.out.printf(Locale.ROOT, "Seeded %,d projects (a grant, 2 partners, 2 themes, 10 budget lines, 4 tranches each):"
                        + " %,d budget lines, %,d payments in %.1f s%n", projects, count(connection, "budget_line"),
                        count(connection, "payment"), seconds(seeding));
            }

            server.prepare();
            server.start(measuredServerEnvironment(database));
            server.awaitReady(Duration.ofMinutes(5));
            if (tokensOnly) {
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())) {
                    TokenBench.measure(config.url(), "bench-admin", PASSWORD, connection, requests * 5, System.out);
                }
                return;
            }
            if (!importOnly) {
                measure(config.url());
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())) {
                    TokenBench.measure(config.url(), "bench-admin", PASSWORD, connection, requests * 5, System.out);
                }
                measureExports(config.url(), server);
            }
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())) {
                if (!importOnly) {
                    measureListQueries(connection);
                    measureWholeListReads(connection);
                    measureDashboards(config.url(), connection);
                }
                ImportBench.measure(config.url(), "bench-admin", PASSWORD, firstFund(connection), connection, System.out);
            }
        } finally {
            server.stop(Duration.ofSeconds(60));
            Folders.deleteTree(folder);
        }
    }

    /** The generated portfolio (bench-seed.sql) of the given number of projects; also ./pulje load's (LoadServer). */
    static void seed(Connection connection, int projects) throws IOException, SQLException {
        String script;
        try (InputStream in = Benchmark.class.getResourceAsStream("bench-seed.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":projects", Integer.toString(projects));
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split("\\n\\s*\\n")) {
                String body = sql.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    statement.execute(body);
                }
            }
        }
    }

    /**
     * bench-admin administers every fund; bench-region reads the first five funds as regional staff; bench-applicant
     * belongs to the first organisation.
     */
    static void users(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        for (String[] user : new String[][]{{"bench-admin", "FUND_ADMIN"}, {"bench-region", "REGIONAL_STAFF"},
                {"bench-applicant", "APPLICANT"}}) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into user_account (username, display_name, password_hash, password_changed_at, created_at)
                    values (?, ?, ?, ?, ?) returning id""")) {
                insert.setString(1, user[0]);
                insert.setString(2, user[0]);
                insert.setString(3, hash);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into user_role (user_id, role) values (" + id + ", '" + user[1] + "')");
                if (user[1].equals("FUND_ADMIN")) {
                    statement.execute("insert into user_fund (user_id, fund_id, role) select " + id + ", id, 'FUND_ADMIN' from fund");
                } else if (user[1].equals("REGIONAL_STAFF")) {
                    statement.execute("insert into user_fund (user_id, fund_id, role) select " + id
                            + ", id, 'REGIONAL_STAFF' from fund order by id limit 5");
                } else {
                    statement.execute("insert into user_organisation (user_id, organisation_id) select " + id
                            + ", min(id) from organisation");
                }
            }
        }
    }

    private void measure(String base) throws Exception {
        Client admin = Client.loggedIn(base, "bench-admin");
        Client applicant = Client.loggedIn(base, "bench-applicant");
        String basic = "Basic " + Base64.getEncoder().encodeToString(("bench-admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<Long> ids = admin.ids(base + "api/projects?size=500", basic);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %8s%n", "request (" + requests + " each, after 20 to warm up)",
                "p50 ms", "p95 ms", "max ms", "req/s");
        report("start page: portfolio cards (fund administrator)", i -> admin.get(base + "index.xhtml", null));
        report("project list, first page of 25 (administrator)", i -> admin.get(base + "projects/list.xhtml", null));
        report("project list (applicant: scoped to own projects)", i -> applicant.get(base + "projects/list.xhtml", null));
        report("project page with parts and history (random id)",
                i -> admin.get(base + "projects/view.xhtml?id=" + ids.get(random.nextInt(ids.size())), null));
        report("API: page of 100 by title text, HTTP Basic (PBKDF2)",
                i -> admin.get(base + "api/projects?size=100&q=" + URLEncoder.encode("grøn", StandardCharsets.UTF_8)
                        + "&first=" + random.nextInt(projects / 5), basic));
    }

    /**
     * Issue 12: the whole project list downloaded as XLSX and as CSV (every project: the administrator of all funds),
     * read page by page from the service and streamed out; time, size, and the server JVM's peak resident memory
     * before and after (VmHWM), which shows whether a download holds the list in memory.
     */
    private void measureExports(String base, WildFlyServer server) throws Exception {
        Client admin = Client.loggedIn(base, "bench-admin");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %8s %10s %12s%n", "download of the whole project list (" + projects + " rows)",
                "s", "MB", "peak RSS MiB");
        System.out.printf(Locale.ROOT, "%-52s %8s %10s %12d%n", "(before: after the page requests above)", "", "",
                server.peakResidentKib() / 1024);
        for (String format : List.of("XLSX", "CSV", "XLSX")) {
            long started = System.nanoTime();
            HttpResponse<InputStream> response = admin.http().send(HttpRequest.newBuilder(
                    URI.create(base + "projects/list.xhtml?export=" + format)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(format + " export answered " + response.statusCode());
            }
            System.out.printf(Locale.ROOT, "%-52s %8.1f %10.1f %12d%n", "projects/list.xhtml?export=" + format, seconds(started),
                    bytes / 1e6, server.peakResidentKib() / 1024);
        }
    }

    /**
     * The project list's two statements (count, then a window of 25), as ProjectCatalogService sends them for the
     * administrator of all funds, with one filter per filterable column and a sort per sortable column. Timed straight
     * against PostgreSQL, so the figures are the database's share of a list page; the ratio compares each case with
     * the unfiltered first page sorted by title (the list as it opens).
     */
    private void measureListQueries(Connection connection) throws SQLException {
        List<Long> funds = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from fund order by id")) {
            while (rows.next()) {
                funds.add(rows.getLong(1));
            }
        }
        String scope = "p.fund_id in (" + String.join(",", Collections.nCopies(funds.size(), "?")) + ")";
        // The order-by lists as ProjectSort writes them: the column, then the id in the same direction, unknowns last.
        String byTitle = "lower(p.title) asc, p.id asc";
        List<ListCase> cases = List.of(
                new ListCase("list as it opens: sorted by title", null, null, byTitle),
                new ListCase("filter title contains '4711' (5 rows)", "lower(p.title) like ? escape '\\'", "%4711%", byTitle),
                new ListCase("filter title contains 'grøn' (20 %)", "lower(p.title) like ? escape '\\'", "%grøn%", byTitle),
                new ListCase("filter town contains 'by 17' (2 %)", "lower(p.town) like ? escape '\\'", "%by 17%", byTitle),
                new ListCase("filter fund = one of 10", "p.fund_id = ?", funds.get(3), byTitle),
                new ListCase("filter status = CLOSED (20 %)", "p.status = ?", "CLOSED", byTitle),
                new ListCase("sort title, descending", null, null, "lower(p.title) desc, p.id desc"),
                new ListCase("sort fund", null, null, "f.short_name asc, p.id asc"),
                new ListCase("sort round", null, null, "r.name asc nulls last, p.id asc"),
                new ListCase("sort owner", null, null, "lower(o.name) asc nulls last, p.id asc"),
                new ListCase("sort town", null, null, "p.town asc nulls last, p.id asc"),
                new ListCase("sort town, descending", null, null, "p.town desc nulls last, p.id desc"),
                new ListCase("sort status", null, null, "p.status asc, p.id asc"),
                new ListCase("sort total, smallest first", null, null, "p.total_amount asc nulls last, p.id asc"),
                new ListCase("sort total, largest first", null, null, "p.total_amount desc nulls last, p.id desc"),
                new ListCase("sort granted, largest first", null, null, "g.granted_amount desc nulls last, p.id desc"));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s%n", "list statements: count + window of 25 (" + requests + " each)",
                "p50 ms", "p95 ms", "× opens");
        double baseline = 0;
        for (ListCase listCase : cases) {
            String where = " where " + scope + (listCase.condition() == null ? "" : " and " + listCase.condition());
            String count = "select count(p.id) from project p" + where;
            String window = """
                    select p.id, p.title, f.short_name, r.name, o.name, p.town, p.status, p.total_amount, p.total_currency,
                           g.granted_amount, g.granted_currency
                    from project p join fund f on f.id = p.fund_id
                         left join funding_round r on r.id = p.round_id
                         left join organisation o on o.id = p.owner_id
                         left join project_grant g on g.project_id = p.id""" + where
                    + " order by " + listCase.orderBy() + " offset 0 rows fetch first 25 rows only";
            List<Double> millis = new ArrayList<>();
            try (PreparedStatement countStatement = connection.prepareStatement(count);
                 PreparedStatement windowStatement = connection.prepareStatement(window)) {
                for (PreparedStatement statement : List.of(countStatement, windowStatement)) {
                    for (int i = 0; i < funds.size(); i++) {
                        statement.setLong(i + 1, funds.get(i));
                    }
                    if (listCase.value() != null) {
                        statement.setObject(funds.size() + 1, listCase.value());
                    }
                }
                for (int i = 0; i < requests + 20; i++) {
                    long t = System.nanoTime();
                    drain(countStatement);
                    drain(windowStatement);
                    if (i >= 20) {
                        millis.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
            Collections.sort(millis);
            double p50 = percentile(millis, 50);
            if (baseline == 0) {
                baseline = p50;
            }
            System.out.printf(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f%n", listCase.name(), p50, percentile(millis, 95), p50 / baseline);
        }
    }

    private record ListCase(String name, String condition, Object value, String orderBy) {
    }

    /**
     * Issue 13: the whole project list read 500 rows at a time, as a download or an API client paging to the end
     * does, once with {@code offset} (how the list downloads read before) and once by keyset (after the last row's
     * sort key and id, as {@code ProjectCatalogService.page} writes it), for the administrator of all funds. Bare SQL,
     * so the figures are the database's; each loop once, after one warm-up loop of the keyset.
     */
    private void measureWholeListReads(Connection connection) throws SQLException {
        List<Long> funds = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from fund order by id")) {
            while (rows.next()) {
                funds.add(rows.getLong(1));
            }
        }
        String select = """
                select p.id, p.title, f.short_name, r.name, o.name, p.town, p.status, p.total_amount, p.total_currency,
                       g.granted_amount, g.granted_currency, %s
                from project p join fund f on f.id = p.fund_id
                     left join funding_round r on r.id = p.round_id
                     left join organisation o on o.id = p.owner_id
                     left join project_grant g on g.project_id = p.id
                where p.fund_id in (%s)""".formatted("%s", String.join(",", Collections.nCopies(funds.size(), "?")));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %10s%n", "whole list, 500 rows a statement (" + projects + " rows)",
                "s", "stmts", "rows");
        // {name, key expression, order by, seek after a key, seek after a null (nullable keys only)}
        String[][] sorts = {
                {"title", "lower(p.title)", "lower(p.title) asc, p.id asc",
                        "(lower(p.title) > ? or (lower(p.title) = ? and p.id > ?))", null},
                {"granted, largest first", "g.granted_amount", "g.granted_amount desc nulls last, p.id desc",
                        "(g.granted_amount < ? or (g.granted_amount = ? and p.id < ?) or g.granted_amount is null)",
                        "(g.granted_amount is null and p.id < ?)"}};
        for (String[] sort : sorts) {
            wholeListByKeyset(connection, select.formatted(sort[1]), funds, sort, false);
            wholeListByOffset(connection, select.formatted(sort[1]), funds, sort);
            wholeListByKeyset(connection, select.formatted(sort[1]), funds, sort, true);
        }
    }

    private void wholeListByOffset(Connection connection, String select, List<Long> funds, String[] sort) throws SQLException {
        long started = System.nanoTime();
        int statements = 0;
        long rows = 0;
        try (PreparedStatement window = connection.prepareStatement(select + " order by " + sort[2] + " offset ? rows fetch first 500 rows only")) {
            for (int i = 0; i < funds.size(); i++) {
                window.setLong(i + 1, funds.get(i));
            }
            for (long first = 0; ; first += 500) {
                window.setLong(funds.size() + 1, first);
                long read = count(window);
                statements++;
                rows += read;
                if (read < 500) {
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-52s %8.1f %8d %10d%n", "by offset, sorted by " + sort[0], seconds(started), statements, rows);
    }

    private void wholeListByKeyset(Connection connection, String select, List<Long> funds, String[] sort, boolean print)
            throws SQLException {
        long started = System.nanoTime();
        int statements = 0;
        long rows = 0;
        Object lastKey = null;
        long lastId = 0;
        boolean first = true;
        while (true) {
            String seek = first ? "" : " and " + (lastKey == null ? sort[4] : sort[3]);
            try (PreparedStatement window = connection.prepareStatement(select + seek + " order by " + sort[2] + " fetch first 500 rows only")) {
                int index = 1;
                for (Long fund : funds) {
                    window.setLong(index++, fund);
                }
                if (!first) {
                    if (lastKey != null) {
                        window.setObject(index++, lastKey);
                        window.setObject(index++, lastKey);
                    }
                    window.setLong(index, lastId);
                }
                int read = 0;
                try (ResultSet result = window.executeQuery()) {
                    while (result.next()) {
                        read++;
                        lastId = result.getLong(1);
                        lastKey = result.getObject(12);
                    }
                }
                statements++;
                rows += read;
                first = false;
                if (read < 500) {
                    break;
                }
            }
        }
        if (print) {
            System.out.printf(Locale.ROOT, "%-52s %8.1f %8d %10d%n", "by keyset, sorted by " + sort[0], seconds(started), statements, rows);
        }
    }

    /**
     * "dashboards: server vs bare SQL": each {@link DashboardCases} request over HTTP next to its statements run
     * straight on the same database through JDBC, p50 of each, their ratio, and the statements per request. The ratio
     * is taken on the server time above the floor (a trivial request of the same kind: HTTP and the login check, and
     * for the API the PBKDF2 of HTTP Basic, ~150 ms by design), so that it shows what the server adds to the SQL.
     */
    private void measureDashboards(String base, Connection connection) throws SQLException {
        DashboardCases.Caller admin = DashboardCases.Caller.ADMIN;
        DashboardCases.Caller region = DashboardCases.Caller.REGION;
        Map<DashboardCases.Caller, Client> sessions = Map.of(admin, Client.loggedIn(base, "bench-admin"),
                region, Client.loggedIn(base, "bench-region"));
        Map<DashboardCases.Caller, String> basics = Map.of(admin, basic("bench-admin"), region, basic("bench-region"));
        Map<DashboardCases.Caller, CallerScope> scopes = Map.of(
                admin, new CallerScope("bench-admin", Set.of(Role.FUND_ADMIN), funds(connection, 10), Set.of(), Set.of()),
                region, new CallerScope("bench-region", Set.of(Role.REGIONAL_STAFF), Set.of(), funds(connection, 5), Set.of()));
        DashboardCases.Ids ids = ids(connection);

        System.out.println();
        System.out.println("dashboards: server vs bare SQL (" + requests + " each, after 20 to warm up; p50 in ms)");
        // What any request costs before its own work: for a page the session check and JSF, for the API HTTP Basic.
        double pageFloor = p50(i -> sessions.get(admin).get(base + "login.xhtml", null), "page floor", 200);
        double apiFloor = p50(i -> sessions.get(admin).get(base + "api/projects/0", basics.get(admin)), "API floor", 404);
        System.out.printf(Locale.ROOT, "%-56s %8.1f%n", "floor: a trivial page (the login page)", pageFloor);
        System.out.printf(Locale.ROOT, "%-56s %8.1f%n", "floor: a trivial API request (HTTP Basic, 404)", apiFloor);
        System.out.printf(Locale.ROOT, "%-56s %8s %8s %8s %8s %6s%n", "request", "server", "- floor", "SQL", "ratio", "stmts");
        for (DashboardCases.DashboardCase dashboardCase : DashboardCases.all()) {
            String path = dashboardCase.path().apply(ids);
            boolean api = path.startsWith("api/");
            Client client = sessions.get(dashboardCase.caller());
            String authorization = api ? basics.get(dashboardCase.caller()) : null;
            double server = p50(i -> client.get(base + path, authorization), dashboardCase.name(), 200);
            List<NativeAggregate.Jdbc> statements = dashboardCase.statements().apply(scopes.get(dashboardCase.caller()), ids)
                    .stream().map(NativeAggregate::jdbc).toList();
            double sql = sqlP50(connection, statements);
            double net = Math.max(0, server - (api ? apiFloor : pageFloor));
            System.out.printf(Locale.ROOT, "%-56s %8.1f %8.1f %8.1f %8.2f %6d%n", dashboardCase.name(), server, net, sql,
                    net / sql, statements.size());
        }
    }

    private static long firstFund(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select min(id) from fund")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private double p50(IntFunction<HttpResponse<String>> request, String name, int expectedStatus) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests + 20; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = request.apply(i);
            if (i >= 20) {
                millis.add((System.nanoTime() - t) / 1e6);
            }
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode());
            }
        }
        Collections.sort(millis);
        return percentile(millis, 50);
    }

    /** The p50 of running all the statements of one request in turn, each prepared once, every row read. */
    private double sqlP50(Connection connection, List<NativeAggregate.Jdbc> statements) throws SQLException {
        List<PreparedStatement> prepared = new ArrayList<>();
        try {
            for (NativeAggregate.Jdbc statement : statements) {
                PreparedStatement p = connection.prepareStatement(statement.sql());
                prepared.add(p);
                for (int i = 0; i < statement.values().size(); i++) {
                    p.setObject(i + 1, statement.values().get(i));
                }
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < requests + 20; i++) {
                long t = System.nanoTime();
                for (PreparedStatement p : prepared) {
                    drain(p);
                }
                if (i >= 20) {
                    millis.add((System.nanoTime() - t) / 1e6);
                }
            }
            Collections.sort(millis);
            return percentile(millis, 50);
        } finally {
            for (PreparedStatement p : prepared) {
                p.close();
            }
        }
    }

    private static Set<Long> funds(Connection connection, int first) throws SQLException {
        Set<Long> funds = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from fund order by id limit " + first)) {
            while (rows.next()) {
                funds.add(rows.getLong(1));
            }
        }
        return funds;
    }

    /** The first fund, its newest round and that round's theme pool, a theme, a town, an organisation. */
    private static DashboardCases.Ids ids(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select f.id, r.id, sp.id, (select min(id) from theme), 'By 17',"
                     + " (select min(id) from organisation), (select min(o.id) from fund o where o.id > f.id),"
                     + " (select max(o.id) from funding_round o where o.fund_id = f.id and o.id <> r.id)"
                     + " from fund f join funding_round r on r.fund_id = f.id"
                     + " join sub_pool sp on sp.round_id = r.id and sp.kind = 'THEME' order by f.id, r.round_year desc limit 1")) {
            row.next();
            return new DashboardCases.Ids(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getString(5),
                    row.getLong(6), row.getLong(7), row.getLong(8));
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }


    private static void drain(PreparedStatement statement) throws SQLException {
        count(statement);
    }

    /** Reads every row of the statement's answer; how many there were. */
    private static long count(PreparedStatement statement) throws SQLException {
        long read = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
                read++;
            }
        }
        return read;
    }

    private void report(String name, IntFunction<HttpResponse<String>> request) {
        for (int i = 0; i < 20; i++) {
            request.apply(i);
        }
        List<Double> millis = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = request.apply(i);
            millis.add((System.nanoTime() - t) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode());
            }
        }
        double elapsedSeconds = seconds(started);
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f %8.1f%n", name, percentile(millis, 50), percentile(millis, 95),
                millis.get(millis.size() - 1), requests / elapsedSeconds);
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }


    /** A logged-in browser session (form login with ViewState and PrimeFaces' CSP nonce). */
    private record Client(HttpClient http) {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

        static Client loggedIn(String base, String username) {
            Client client = new Client(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build());
            String page = client.get(base + "login.xhtml", null).body();
            String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(find(VIEW_STATE, page), StandardCharsets.UTF_8)
                    + "&primefaces.nonce=" + URLEncoder.encode(find(NONCE, page), StandardCharsets.UTF_8);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("login as " + username + " failed: " + answer.statusCode());
            }
            return client;
        }

        HttpResponse<String> get(String url, String authorization) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return send(request.build());
        }

        List<Long> ids(String url, String authorization) {
            List<Long> ids = new ArrayList<>();
            Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(get(url, authorization).body());
            while (matcher.find()) {
                ids.add(Long.parseLong(matcher.group(1)));
            }
            return ids;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String find(Pattern pattern, String page) {
            Matcher matcher = pattern.matcher(page);
            if (!matcher.find()) {
                throw new IllegalStateException("not found: " + pattern);
            }
            return matcher.group(1);
        }
    }

    /**
     * WildFly's environment for a server that is measured (./pulje bench, ./pulje load) on a generated portfolio: its
     * users are made for the run and log in with HTTP Basic or the form, which a required second factor would refuse,
     * and the figures are the server's, not the API's rate limits (ADR 0018).
     */
    static Map<String, String> measuredServerEnvironment(EmbeddedDatabase database) {
        return Map.of("POSTGRESQL_URL", database.jdbcUrl(), "POSTGRESQL_USER", EmbeddedDatabase.USER,
                "POSTGRESQL_PASSWORD", database.password(), "PULJE_DEMO_DATA", "false",
                "PULJE_REQUIRE_MFA", "false",
                "PULJE_API_RATE_PER_MINUTE", "0", "PULJE_API_RATE_PER_ADDRESS_PER_MINUTE", "0");
    }
}

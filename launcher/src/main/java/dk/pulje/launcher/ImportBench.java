package dk.pulje.launcher;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The import case of {@code ./pulje bench}: one generated allocation list of 10.000 rows and 5 columns (title, town,
 * total project sum, granted, period) imported through the service path ({@code ./pulje import}'s REST endpoint: read,
 * checked, stored as project + grant + financing line each, audited) against PostgreSQL's own {@code COPY} of the same
 * rows into a scratch table of the same shape. A dry run of the same file gives the checking alone; the store phase is
 * the difference. Prints rows/s of each and the ratio; asserts nothing.
 */
final class ImportBench {

    static final int ROWS = 10_000;
    private static final String HEADER = "Projekt;By;Samlet projektsum;Bevilget;Periode\n";
    private static final String[] TOWNS = {"Aarhus", "Randers", "Horsens", "Herning", "Viborg", "Odense", "Aalborg"};

    private ImportBench() {
    }

    static String csv(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            long total = 200_000 + 1_000L * (i % 5_000);
            csv.append("Importeret projekt nr. ").append(i).append(';').append(TOWNS[i % TOWNS.length]).append(';')
                    .append(total).append(';').append(total / 2).append(';').append(2025 + i % 3).append('-')
                    .append(2026 + i % 3).append('\n');
        }
        return csv.toString();
    }

    static void measure(String base, String user, String password, long fundId, Connection connection, PrintStream out)
            throws IOException, SQLException {
        String csv = csv(ROWS);
        Path file = Files.createTempFile("pulje-bench-import-", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            double copy = copy(connection, csv);
            Map<String, String> environment = Map.of("PULJE_URL", base, "PULJE_USER", user, "PULJE_PASSWORD", password);
            PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            // Warm up once (JIT, pools) on a small list into a round of its own.
            ImportCommand.run(new String[] {write(csv(500)).toString(), "--fund", Long.toString(fundId), "--round",
                    "Opvarmning", "--create-round"}, environment, quiet, out);

            long started = System.nanoTime();
            int dry = ImportCommand.run(new String[] {file.toString(), "--fund", Long.toString(fundId), "--round",
                    "Import-benchmark", "--create-round", "--dry-run"}, environment, quiet, out);
            double checking = seconds(started);
            started = System.nanoTime();
            int stored = ImportCommand.run(new String[] {file.toString(), "--fund", Long.toString(fundId), "--round",
                    "Import-benchmark", "--create-round"}, environment, quiet, out);
            double whole = seconds(started);
            started = System.nanoTime();
            int again = ImportCommand.run(new String[] {file.toString(), "--fund", Long.toString(fundId), "--round",
                    "Import-benchmark"}, environment, quiet, out);
            double unchanged = seconds(started);

            out.println();
            out.printf(Locale.ROOT, "import of an allocation list: %,d rows x 5 columns (%,d bytes)%n", ROWS, csv.length());
            out.printf(Locale.ROOT, "%-58s %8s %10s%n", "path", "s", "rows/s");
            out.printf(Locale.ROOT, "%-58s %8.2f %10.0f%n", "PostgreSQL COPY into a scratch table (pgjdbc CopyManager)", copy, ROWS / copy);
            out.printf(Locale.ROOT, "%-58s %8.2f %10.0f%n", "service, dry run: read + check only (exit " + dry + ")", checking, ROWS / checking);
            out.printf(Locale.ROOT, "%-58s %8.2f %10.0f%n", "service, whole import: read + check + store (exit " + stored + ")", whole, ROWS / whole);
            double store = Math.max(0.001, whole - checking);
            out.printf(Locale.ROOT, "%-58s %8.2f %10.0f%n", "  of which the store phase (whole - dry run)", store, ROWS / store);
            out.printf(Locale.ROOT, "%-58s %8.2f %10.0f%n", "service, the same file again: all unchanged (exit " + again + ")", unchanged, ROWS / unchanged);
            out.printf(Locale.ROOT, "ratio service/COPY: whole %.2f %%, store phase %.2f %%%n", 100 * copy / whole, 100 * copy / store);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** COPY of the same rows (amounts as the file has them) into a table with the file's five columns. */
    private static double copy(Connection connection, String csv) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table import_copy (title varchar(300), town varchar(100), total numeric(15, 2),
                    granted numeric(15, 2), period varchar(100))""");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long started = System.nanoTime();
        long rows = copy.copyIn("copy import_copy from stdin with (format csv, delimiter ';', header true)",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        double elapsed = seconds(started);
        if (rows != ROWS) {
            throw new IllegalStateException("COPY read " + rows + " rows");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table import_copy");
        }
        return elapsed;
    }

    private static Path write(String csv) throws IOException {
        Path file = Files.createTempFile("pulje-bench-warm-", ".csv");
        file.toFile().deleteOnExit();
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

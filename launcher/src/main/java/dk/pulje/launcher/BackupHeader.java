package dk.pulje.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The header of a Pulje backup (a ZIP file, ADR 0021), the entry {@value #ENTRY}: what the file is ({@value #MAGIC}, format
 * {@value #FORMAT}), the Flyway version of the schema it was taken from, when, and per table its columns and checksum
 * ({@link RowDigest}), per sequence its position. Plain key=value text, so that an operator can read it with
 * {@code unzip -p FILE pulje-backup.properties}. It is written after the tables (their checksums are known
 * only then); a ZIP is read from its central directory, so a reader finds it first all the same.
 */
record BackupHeader(int format, String schemaVersion, Instant createdAt, String postgresVersion,
                    Map<String, TableEntry> tables, Map<String, String> sequences) {

    static final String ENTRY = "pulje-backup.properties";
    static final String MAGIC = "pulje-backup";
    static final int FORMAT = 1;

    record TableEntry(String schema, String name, List<String> columns, String checksum) {

        DatabaseCatalog.Table table() {
            return new DatabaseCatalog.Table(schema, name, columns);
        }

        /** The ZIP entry with the table's rows in COPY text format. */
        String entry() {
            return "tables/" + schema + "." + name + ".copy";
        }
    }

    long totalRows() {
        return tables.values().stream().mapToLong(t -> Long.parseLong(t.checksum().split(":")[0])).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("magic", MAGIC);
        properties.setProperty("format", Integer.toString(format));
        properties.setProperty("schema.version", schemaVersion);
        properties.setProperty("created.at", createdAt.toString());
        properties.setProperty("postgresql.version", postgresVersion);
        properties.setProperty("tables", String.join(",", tables.keySet()));
        for (TableEntry table : tables.values()) {
            String key = "table." + table.schema() + "." + table.name();
            properties.setProperty(key + ".columns", String.join(",", table.columns()));
            properties.setProperty(key + ".checksum", table.checksum());
        }
        properties.setProperty("sequences", String.join(",", sequences.keySet()));
        sequences.forEach((name, state) -> properties.setProperty("sequence." + name, state));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        properties.store(writer, "Pulje backup: ./pulje restore FILE (docs/operations.md, \"Backup and restore\")");
        writer.flush();
    }

    /** Reads a header; a stream that is not one (or of a later format) is refused with a message for the operator. */
    static BackupHeader read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!MAGIC.equals(properties.getProperty("magic"))) {
            throw new LauncherException("This is not a Pulje backup (its header does not say " + MAGIC + ").");
        }
        int format;
        try {
            format = Integer.parseInt(properties.getProperty("format", ""));
        } catch (NumberFormatException e) {
            throw new LauncherException("This Pulje backup has no readable format number.");
        }
        if (format > FORMAT) {
            throw new LauncherException("This backup is in format " + format + ", made by a newer Pulje; this Pulje reads format "
                    + FORMAT + ". Restore it with the Pulje that made it, or a newer one.");
        }
        Map<String, TableEntry> tables = new LinkedHashMap<>();
        for (String qualified : list(properties.getProperty("tables"))) {
            int dot = qualified.indexOf('.');
            String key = "table." + qualified;
            tables.put(qualified, new TableEntry(qualified.substring(0, dot), qualified.substring(dot + 1),
                    list(required(properties, key + ".columns")), required(properties, key + ".checksum")));
        }
        Map<String, String> sequences = new LinkedHashMap<>();
        for (String sequence : list(properties.getProperty("sequences"))) {
            sequences.put(sequence, required(properties, "sequence." + sequence));
        }
        return new BackupHeader(format, required(properties, "schema.version"),
                Instant.parse(required(properties, "created.at")), properties.getProperty("postgresql.version", "?"),
                tables, sequences);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new LauncherException("This Pulje backup is damaged: its header lacks " + key + ".");
        }
        return value;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }
}

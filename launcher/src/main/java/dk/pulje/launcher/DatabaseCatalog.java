package dk.pulje.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a backup copies, read from PostgreSQL's catalogue rather than from a list kept by hand, so that a table added by
 * a later migration is backed up without anybody remembering to: every ordinary table outside the system schemas and
 * outside extensions (including Flyway's history, so the restored database says which migrations it has), with its
 * columns in order (generated columns are computed again, not copied), and every sequence.
 */
final class DatabaseCatalog {

    /** A table and the columns COPY reads and writes, in the order of the file. */
    record Table(String schema, String name, List<String> columns) {

        String qualifiedName() {
            return schema + "." + name;
        }

        String sql() {
            return quote(schema) + "." + quote(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(DatabaseCatalog::quote).toList());
        }

        String copyOut() {
            return "copy " + sql() + " (" + columnList() + ") to stdout";
        }

        String copyIn() {
            return "copy " + sql() + " (" + columnList() + ") from stdin";
        }
    }

    private DatabaseCatalog() {
    }

    static List<Table> tables(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select n.nspname, c.relname, c.oid
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where c.relkind = 'r' and c.relpersistence = 'p'
                       and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                       and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
                     order by n.nspname, c.relname""")) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), rows.getString(2), columns(connection, rows.getLong(3))));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, long table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select attname from pg_attribute
                where attrelid = ? and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum""")) {
            statement.setLong(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** Every sequence as "schema.name", for {@link #sequenceState}. */
    static List<String> sequences(Connection connection) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where c.relkind = 'S' and n.nspname not in ('pg_catalog', 'information_schema')
                       and n.nspname not like 'pg\\_%'
                     order by n.nspname, c.relname""")) {
            while (rows.next()) {
                sequences.add(rows.getString(1) + "." + rows.getString(2));
            }
        }
        return sequences;
    }

    /** "last_value:is_called" of a sequence, the two figures setval needs. */
    static String sequenceState(Connection connection, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select last_value, is_called from " + qualified(sequence))) {
            rows.next();
            return rows.getLong(1) + ":" + rows.getBoolean(2);
        }
    }

    static void setSequence(Connection connection, String sequence, String state) throws SQLException {
        String[] parts = state.split(":");
        try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            statement.setString(1, qualified(sequence));
            statement.setLong(2, Long.parseLong(parts[0]));
            statement.setBoolean(3, Boolean.parseBoolean(parts[1]));
            statement.execute();
        }
    }

    /** The Flyway version the database is at: the last successful versioned migration. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select version from flyway_schema_history where success and version is not null
                     order by installed_rank desc limit 1""")) {
            if (!rows.next()) {
                throw new LauncherException("The database has no Flyway history: it is not a Pulje database (yet).");
            }
            return rows.getString(1);
        }
    }

    private static String qualified(String dotted) {
        int dot = dotted.indexOf('.');
        return quote(dotted.substring(0, dot)) + "." + quote(dotted.substring(dot + 1));
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

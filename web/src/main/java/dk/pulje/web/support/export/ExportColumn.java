package dk.pulje.web.support.export;

/**
 * A column of an {@link ExportTable}: its header as the reader reads it, and the kind of its cells, which decides
 * how CSV writes them (decimal comma) and which number format XLSX gives them.
 */
public record ExportColumn(String header, Kind kind) {

    public enum Kind {
        /** Text; in CSV and XLSX a leading = + - @ tab or CR is defused ({@link FormulaGuard}), so a spreadsheet never runs it. */
        TEXT,
        /** Whole number (a count). */
        INTEGER,
        /** Kroner with øre, BigDecimal. */
        MONEY,
        /** A share as a fraction (0.6895 = 68,95 %), BigDecimal. */
        SHARE,
        /** Percentage points as a fraction (−0.1105 = −11,05 point), BigDecimal. */
        POINTS,
        /** A LocalDate. */
        DATE
    }

    public static ExportColumn text(String header) {
        return new ExportColumn(header, Kind.TEXT);
    }

    public static ExportColumn integer(String header) {
        return new ExportColumn(header, Kind.INTEGER);
    }

    public static ExportColumn money(String header) {
        return new ExportColumn(header, Kind.MONEY);
    }

    public static ExportColumn share(String header) {
        return new ExportColumn(header, Kind.SHARE);
    }

    public static ExportColumn points(String header) {
        return new ExportColumn(header, Kind.POINTS);
    }

    public static ExportColumn date(String header) {
        return new ExportColumn(header, Kind.DATE);
    }
}

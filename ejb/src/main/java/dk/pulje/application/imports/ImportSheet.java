package dk.pulje.application.imports;

import java.util.List;

/**
 * A file as Pulje read it: the header row and the data rows, every cell as the text the file had (trimmed of nothing;
 * an XLSX number as its plain digits). Reading files is the web tier's job (CSV and XLSX); the import itself only sees
 * this, so that the upload page, the REST endpoint and the command line share one implementation.
 *
 * @param headers the first row's cells
 * @param rows    the data rows in file order, blank rows left out
 */
public record ImportSheet(List<String> headers, List<Row> rows) {

    public ImportSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the row's number as a spreadsheet shows it (the header is row 1), so a clerk can find it in the file
     * @param cells  the cells in column order; shorter than the header when the file's row is
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        /** The cell in this column, or "" when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }
}

package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.RowMessage;
import dk.pulje.application.imports.RowReport;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An import's row report as a table to download (CSV or XLSX): row number, title, what happened, the project's id and
 * the row's messages in the reader's language. Titles come from the file and are written as text (the writers defuse
 * a leading "=").
 */
final class ImportReportTable {

    private ImportReportTable() {
    }

    /**
     * @param text   the views' bundle in the reader's language (key → text)
     * @param status a row status as the page words it
     */
    static ExportTable of(ImportReport report, Function<String, String> text, Function<RowReport, String> status,
                          Function<RowMessage, String> message) {
        List<ExportColumn> columns = List.of(
                ExportColumn.integer(text.apply("import.page.column.row")),
                ExportColumn.text(text.apply("import.page.column.title")),
                ExportColumn.text(text.apply("import.page.column.status")),
                ExportColumn.integer(text.apply("import.page.column.project")),
                ExportColumn.text(text.apply("import.page.column.messages")));
        List<List<Object>> rows = new ArrayList<>();
        for (RowReport row : report.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.row());
            cells.add(row.title() == null ? "" : row.title());
            cells.add(status.apply(row));
            cells.add(row.projectId());
            cells.add(row.messages().stream().map(message).collect(Collectors.joining(" | ")));
            rows.add(cells);
        }
        return new ExportTable(text.apply("import.page.report.fileName"), text.apply("import.page.report.sheet"), columns, rows);
    }
}

package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's rows, as either reader meets them, into an {@link ImportSheet} by the same rules for CSV and XLSX:
 * blank rows are skipped, trailing empty cells dropped, the first row with something in it is the header, and the
 * limits are kept while reading (so that a long file is refused before it is all in memory).
 */
final class SheetCollector {

    private final Limits limits;
    private List<String> headers;
    private final List<ImportSheet.Row> rows = new ArrayList<>();

    SheetCollector(Limits limits) {
        this.limits = limits;
    }

    /**
     * One row of the file.
     *
     * @param number the row's number as a spreadsheet shows it (first row = 1)
     */
    void row(int number, List<String> cells) throws UnreadableFile {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        if (end == 0) {
            return;
        }
        if (end > limits.maxColumns()) {
            throw new UnreadableFile("import.file.tooManyColumns", number, limits.maxColumns());
        }
        List<String> kept = new ArrayList<>(cells.subList(0, end));
        if (headers == null) {
            // A header names columns, so it has letters; a first row of only numbers or dates is data without one.
            if (kept.stream().noneMatch(c -> c != null && c.codePoints().anyMatch(Character::isLetter))) {
                throw new UnreadableFile("import.file.noHeader");
            }
            headers = kept;
            return;
        }
        if (rows.size() == limits.maxRows()) {
            throw new UnreadableFile("import.file.tooManyRows", limits.maxRows());
        }
        rows.add(new ImportSheet.Row(number, kept));
    }

    int maxColumns() {
        return limits.maxColumns();
    }

    ImportSheet sheet() throws UnreadableFile {
        if (headers == null) {
            throw new UnreadableFile("import.file.noHeader");
        }
        return new ImportSheet(headers, rows);
    }

    /** How much a file may hold; the standard ones in {@link AllocationFileReader}, smaller ones in tests. */
    record Limits(int maxBytes, int maxRows, int maxColumns) {
    }
}

package dk.pulje.application.imports;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which field: proposed from the headers ({@link ColumnMappings#propose}), confirmed or changed by
 * the user. Columns are 0-based indexes into {@link ImportSheet#headers()}.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The row's text for this field, trimmed; "" when the field is not mapped. */
    public String value(ImportSheet.Row row, ImportField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.cell(column).strip();
    }
}

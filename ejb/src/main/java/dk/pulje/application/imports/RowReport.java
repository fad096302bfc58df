package dk.pulje.application.imports;

import java.util.List;

/**
 * The outcome for one row of the file.
 *
 * @param row       the row's number in the file (header = 1)
 * @param key       the row's stable key (see {@link ImportKey})
 * @param title     the title as read, for the report
 * @param projectId the project created, updated or found unchanged; null when refused or in a dry run of a new row
 * @param values    the row as Pulje stores (or would store) it; never null, its fields null where the row gives none
 */
public record RowReport(int row, String key, String title, RowStatus status, Long projectId, List<RowMessage> messages,
                        ImportedProject values) {

    public RowReport {
        messages = List.copyOf(messages);
    }

    public RowReport(int row, String key, String title, RowStatus status, Long projectId, List<RowMessage> messages) {
        this(row, key, title, status, projectId, messages,
                new ImportedProject(title, null, null, null, null, null, null, null, null, null, null, null));
    }

    public boolean refused() {
        return status == RowStatus.REFUSED;
    }
}

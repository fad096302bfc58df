package dk.pulje.application.imports;

import java.util.List;

/**
 * The outcome for one row of the file.
 *
 * @param row       the row's number in the file (header = 1)
 * @param key       the row's stable key (see {@link ImportKey})
 * @param title     the title as read, for the report
 * @param projectId the project created, updated or found unchanged; null when refused or in a dry run of a new row
 */
public record RowReport(int row, String key, String title, RowStatus status, Long projectId, List<RowMessage> messages) {

    public RowReport {
        messages = List.copyOf(messages);
    }
}

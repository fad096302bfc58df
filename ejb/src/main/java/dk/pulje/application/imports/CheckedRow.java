package dk.pulje.application.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A row after checking, before storing: its key, its values as Pulje will store them, its messages, and how its owner
 * resolves (known organisation, matched by the user, or new).
 */
final class CheckedRow {

    final int number;
    final String key;
    final ImportedProject values;
    final List<RowMessage> messages = new ArrayList<>();
    /** The owner's organisation id when known or matched; null for no owner or a new one. */
    final Long ownerId;
    /** The owner as the file spells it, when it is new or matched (it then becomes an alias); else null. */
    final String ownerSpelling;
    final List<String> themes;

    CheckedRow(int number, String key, ImportedProject values, List<RowMessage> messages, Long ownerId,
               String ownerSpelling, List<String> themes) {
        this.number = number;
        this.key = key;
        this.values = values;
        this.messages.addAll(messages);
        this.ownerId = ownerId;
        this.ownerSpelling = ownerSpelling;
        this.themes = List.copyOf(themes);
    }

    boolean refused() {
        return messages.stream().anyMatch(RowMessage::error);
    }

    boolean newOwner() {
        return ownerId == null && ownerSpelling != null;
    }

    RowReport report(RowStatus status, Long projectId) {
        return new RowReport(number, key, values.title(), refused() ? RowStatus.REFUSED : status, projectId, messages,
                values);
    }
}

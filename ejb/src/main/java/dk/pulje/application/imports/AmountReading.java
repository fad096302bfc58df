package dk.pulje.application.imports;

import java.math.BigDecimal;

/**
 * An amount cell as read: the kroner, or an error, or kroner with a warning (a doubtful spelling read one way).
 *
 * @param kroner  the amount in kroner, null when the cell is empty or unreadable
 * @param message null, a warning (kroner set) or an error (kroner null)
 */
public record AmountReading(BigDecimal kroner, RowMessage message) {

    public static final AmountReading EMPTY = new AmountReading(null, null);

    public boolean empty() {
        return kroner == null && message == null;
    }
}

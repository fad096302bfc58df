package dk.pulje.application.imports;

import dk.pulje.domain.model.shared.RuleViolation;

import java.util.List;
import java.util.Locale;

/**
 * One thing a clerk should know about a row: an error refuses the row (and so the whole file), a warning only tells
 * (e.g. "0324 mio." read as 0,324 mio.). Key and arguments are from the domain bundle, so every interface shows it in
 * the reader's language.
 *
 * @param field the field it concerns, or null for the whole row
 */
public record RowMessage(Severity severity, ImportField field, String key, List<Object> arguments) {

    public enum Severity { ERROR, WARNING }

    public RowMessage {
        arguments = List.copyOf(arguments);
    }

    public static RowMessage error(ImportField field, String key, Object... arguments) {
        return new RowMessage(Severity.ERROR, field, key, List.of(arguments));
    }

    public static RowMessage warning(ImportField field, String key, Object... arguments) {
        return new RowMessage(Severity.WARNING, field, key, List.of(arguments));
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }

    /** The message in Danish (default) or English, amounts and dates formatted for that language. */
    public String text(Locale locale) {
        return new RuleViolation(key, arguments.toArray()).messageIn(locale);
    }
}

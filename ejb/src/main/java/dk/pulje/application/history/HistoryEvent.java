package dk.pulje.application.history;

import java.io.Serializable;

import dk.pulje.domain.model.shared.RuleViolation;

import java.util.List;
import java.util.Locale;

/**
 * What a change means, told as a clerk would say it ("sendt retur med kommentarer til Økonomi", "regnskabet godkendt:
 * ubrugte midler 12.500 kr., tilbagebetaling 2.500 kr."): a key of {@code dk/pulje/domain/messages} with its arguments,
 * shown in the reader's language (amounts, dates and enums formatted as in every rule's message).
 */
public record HistoryEvent(String key, List<Object> arguments) implements Serializable {

    public HistoryEvent {
        arguments = List.copyOf(arguments);
    }

    public HistoryEvent(String key, Object... arguments) {
        this(key, List.of(arguments));
    }

    public String textIn(Locale locale) {
        // The same formatting as a rule's message: one place decides how an amount or a section reads.
        return new RuleViolation(key, arguments.toArray()).messageIn(locale);
    }
}

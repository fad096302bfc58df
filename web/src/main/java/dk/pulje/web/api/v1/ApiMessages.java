package dk.pulje.web.api.v1;

import dk.pulje.domain.model.shared.RuleViolation;

import java.util.Locale;

/** Pulje's own texts for API refusals, from the domain bundle so that they read as the pages do. */
final class ApiMessages {

    private ApiMessages() {
    }

    static String text(String key, Locale locale, Object... arguments) {
        return new RuleViolation(key, arguments).messageIn(locale);
    }
}

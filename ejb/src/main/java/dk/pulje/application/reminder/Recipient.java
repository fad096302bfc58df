package dk.pulje.application.reminder;

import java.util.Locale;

/** Whom a reminder goes to: an applicant user of the owning organisation, or else a contact person of the project. */
public record Recipient(String email, String name, String language) {

    public Recipient {
        email = email.strip().toLowerCase(Locale.ROOT);
        language = "en".equals(language) ? "en" : "da";
    }

    Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("da-DK");
    }
}

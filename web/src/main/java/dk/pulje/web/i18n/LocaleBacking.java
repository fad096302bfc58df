package dk.pulje.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language a person reads Pulje in: Danish unless they chose English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Set<String> SUPPORTED = Set.of("da", "en");

    private Locale locale = DANISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Whether the person chose a language in this session (before or after logging in). */
    private boolean chosen;

    /** Switches language; anything Pulje does not speak is ignored. */
    public void setLanguage(String language) {
        if (language != null && SUPPORTED.contains(language)) {
            locale = "en".equals(language) ? ENGLISH : DANISH;
            chosen = true;
        }
    }

    public boolean isChosen() {
        return chosen;
    }

    /**
     * At login: the language stored with the account, unless the person chose one in this session already (then
     * theirs stands, and is what gets remembered).
     */
    public void adopt(String stored) {
        if (!chosen && stored != null && SUPPORTED.contains(stored)) {
            locale = "en".equals(stored) ? ENGLISH : DANISH;
        }
    }
}

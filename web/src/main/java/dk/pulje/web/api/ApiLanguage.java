package dk.pulje.web.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** The language of the API's messages: English when the client asks for it first ({@code Accept-Language}), else Danish. */
public final class ApiLanguage {

    public static final Locale DANISH = Locale.forLanguageTag("da");

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        try {
            return headers == null ? DANISH : of(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            return DANISH; // a header that does not parse is no reason to fail the answer
        }
    }

    public static Locale of(List<Locale> acceptable) {
        return acceptable.stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).map(l -> Locale.ENGLISH).orElse(DANISH);
    }
}

package dk.pulje.web.security;

import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** Texts the authentication mechanism puts into API problems, in English when the client asks for it, else Danish. */
final class ApiTexts {

    private ApiTexts() {
    }

    static String useATokenInstead(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        Locale locale = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("da");
        return new RuleViolation("mfa.useToken").messageIn(locale);
    }
}

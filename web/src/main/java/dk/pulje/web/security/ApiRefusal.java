package dk.pulje.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal the authentication mechanism answers itself, before any servlet runs, as problem details (RFC 9457) with
 * a plain {@code detail} in Danish or, after {@code Accept-Language}, English. It goes the container's error way
 * ({@code sendError}: writing and committing the answer here made Undertow try its error page on a committed
 * response and log a stack trace per refusal); {@code ErrorDispatchServlet} writes the prepared body.
 */
public final class ApiRefusal {

    /** Request attribute: the problem's JSON, prepared for the error dispatch. */
    public static final String PREPARED_PROBLEM = "dk.pulje.security.preparedProblem";
    private static final String BUNDLE = "dk.pulje.web.i18n.messages";

    private ApiRefusal() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String title,
                     String detailKey) throws IOException {
        request.setAttribute(PREPARED_PROBLEM, "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + json(detail(request, detailKey)) + "\"}");
        response.sendError(status);
    }

    static String detail(HttpServletRequest request, String key) {
        String accepted = request.getHeader("Accept-Language");
        Locale locale = accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("da");
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

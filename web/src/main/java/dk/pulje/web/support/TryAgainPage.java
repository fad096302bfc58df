package dk.pulje.web.support;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page a person gets when the request was fine and will work in a moment ({@link TryAgain}: the database is away,
 * or the change met another at the same moment), status 503: plain HTML written here rather than error.xhtml, whose
 * layout reads the database itself (menus, the signed-in person) and would fail the same way while it is away. It
 * says what happened and to try again, in Danish or English, with a link that simply repeats the request; no incident
 * id: nothing is wrong with the request, and the cause is logged where it is detected.
 */
final class TryAgainPage {

    private TryAgainPage() {
    }

    static void write(HttpServletResponse response, Locale locale, String retryUri, TryAgain reason) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle(Formats.BUNDLE, locale);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", reason.retryAfterSeconds());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String language = "en".equals(locale.getLanguage()) ? "en" : "da";
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s – Pulje</title></head>
                <body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a;">
                <main>
                <h1 id="error-title">%s</h1>
                <p>%s</p>
                <p><a href="%s" style="color: #0b4f8a;">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(language, escape(text.getString(reason.titleKey())), escape(text.getString(reason.titleKey())),
                escape(text.getString(reason.textKey())), escape(retryUri), escape(text.getString("error.unavailable.retry"))));
    }

    /**
     * The same words for a click on a page (a Faces ajax request): a partial response with an {@code <error>}, which
     * the page shows beside the button as it shows AjaxErrorHandler's. Status 200, because Faces' ajax script reads
     * the body of a successful response only.
     */
    static void writePartial(HttpServletResponse response, Locale locale, TryAgain reason) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle(Formats.BUNDLE, locale);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><error>"
                + "<error-name>pulje</error-name><error-message>" + escape(text.getString(reason.textKey()))
                + "</error-message></error></partial-response>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

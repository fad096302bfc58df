package dk.pulje.web.support;

import dk.pulje.web.api.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.pulje.web.i18n.LocaleBacking;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container sends every error (web.xml's error pages): the API gets problem details as JSON and no session
 * (a Faces error page would open one and set a cookie); pages get {@code /error.xhtml}. An exception is logged once,
 * with an incident id that the answer shows; expected refusals (401, 403, 404, 405) are not logged.
 */
@WebServlet(name = "ErrorDispatch", urlPatterns = ErrorDispatchServlet.PATH)
public class ErrorDispatchServlet extends HttpServlet {

    public static final String PATH = "/error-dispatch";
    public static final String INCIDENT = "dk.pulje.incident";
    /** Request attribute: a plain text for the problem's {@code detail}, set by whoever refused the request. */
    public static final String PROBLEM_DETAIL = "dk.pulje.problemDetail";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());

    @Inject
    private transient Instance<LocaleBacking> localeBacking;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // asked for directly: there is nothing here
            return;
        }
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Optional<TryAgain> tryAgain = TryAgain.of(exception);
        if (tryAgain.isPresent()) {
            tryAgain(request, response, exception, tryAgain.get());
            return;
        }
        String incident = null;
        if (exception != null || status >= 500) {
            // The request log line (ops/RequestLogFilter) may have named the incident already: the same id everywhere.
            incident = request.getAttribute(INCIDENT) instanceof String named ? named : Problem.newIncident();
            request.setAttribute(INCIDENT, incident);
            LOG.log(Level.SEVERE, "Request failed, incident " + incident, exception);
        }
        if (isApi(request)) {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            // A refusal of the authentication mechanism (token, rate limit) brings its own body (ApiRefusal); one that
            // must say why (HTTP Basic for a user with a second factor: use a token) brings its detail.
            Object prepared = request.getAttribute(dk.pulje.web.security.ApiRefusal.PREPARED_PROBLEM);
            String json = prepared instanceof String body && incident == null ? body : Problem.json(status, incident);
            if (!(prepared instanceof String) && request.getAttribute(PROBLEM_DETAIL) instanceof String detail) {
                json = json.substring(0, json.length() - 1) + ",\"detail\":" + jakarta.json.Json.createValue(detail) + "}";
            }
            response.getWriter().write(json);
            return;
        }
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    /**
     * 503 and "try again" instead of 500 and an incident: the request was fine; the database is away, or the change
     * met another at the same moment and was rolled back whole (issue 14).
     */
    private void tryAgain(HttpServletRequest request, HttpServletResponse response, Throwable exception, TryAgain reason)
            throws IOException {
        LOG.warning(reason + ", answered 503: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                + " (" + exception + ")");
        Locale locale = locale(request);
        if (isApi(request)) {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", reason.retryAfterSeconds());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(503)
                    .detail(new dk.pulje.domain.model.shared.RuleViolation(reason.apiKey()).messageIn(locale))
                    .toJson().toString());
            return;
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A click on a page (PrimeFaces ajax): the page shows the text of an <error> in a partial response, as
            // AjaxErrorHandler answers; an HTML page or a bare 503 would leave the click without a word.
            TryAgainPage.writePartial(response, locale, reason);
            return;
        }
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // Servlet 6.1 names the failed request's query in an attribute; before it, the error dispatch keeps it.
        Object errorQuery = request.getAttribute("jakarta.servlet.error.query_string");
        String query = errorQuery instanceof String named ? named : request.getQueryString();
        // "Try again" opens the very page again, with its ?id=…, not the bare view.
        String retry = uri == null ? request.getContextPath() + "/" : query == null || query.isEmpty() ? uri : uri + "?" + query;
        TryAgainPage.write(response, locale, retry, reason);
    }

    /** The language the person chose in this session; without a session (the API, a first visit) Accept-Language. */
    private Locale locale(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            try {
                return localeBacking.get().getLocale();
            } catch (RuntimeException noSessionBean) {
                // fall back to the browser's language
            }
        }
        // Without the header the servlet container answers its own default locale; Pulje's default is Danish.
        return request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
                ? LocaleBacking.ENGLISH : LocaleBacking.DANISH;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object servletPath = request.getAttribute(RequestDispatcher.ERROR_SERVLET_NAME);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        if (uri == null) {
            return false;
        }
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        // The servlet that failed tells it best; the path is the fallback (e.g. a refusal before any servlet ran).
        return "jakarta.ws.rs.core.Application".equals(servletPath) || "dk.pulje.web.api.PuljeApi".equals(servletPath)
                || java.net.URI.create("http://x" + path.replace(" ", "%20")).normalize().getPath().startsWith("/api/");
    }
}

package dk.pulje.web.ops;

import dk.pulje.web.api.Problem;
import dk.pulje.web.support.ErrorDispatchServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line in the server log for every slow or failed request (issue 14; which ones: {@link SlowOrFailed}), with
 * method, path, status, milliseconds, user and, for an unexpected error, the incident id that the user's page or
 * problem details show, so support greps one id and finds both this line and the stack trace.
 *
 * <p>A servlet filter rather than Undertow's access log: the access log's predicates cannot say "slower than" or
 * "status at least 500", it writes to a file of its own, and it does not know Pulje's incident ids. Logger
 * {@code dk.pulje.request}: failed requests at WARNING, slow ones at INFO.
 *
 * <p>It also sees the container's error dispatch: a request that threw gets its line after the error page, with the
 * status and incident id that page gave (ErrorDispatchServlet: 500 with an id, or 503 "try again" without one when
 * the database is away); one that failed before any filter ran (in the authentication mechanism's per-request check)
 * gets it there too, with {@code ms=-} (its start is not known).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("dk.pulje.request");
    /** Request attribute: the start (nanoTime) while the line waits for the error page, then TRUE once written. */
    private static final String SEEN = RequestLogFilter.class.getName() + ".seen";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object seen = request.getAttribute(SEEN);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (seen == null || seen instanceof Long) {
                afterTheErrorPage(request, response, chain, seen instanceof Long start ? start : null);
            } else {
                chain.doFilter(request, response); // the line was written when the request ended
            }
            return;
        }
        if (seen != null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        request.setAttribute(SEEN, start);
        boolean thrown = true;
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (thrown && !response.isCommitted()) {
                // The container's error page comes next and decides the status (500 with an incident, or 503 when
                // the database is away): the line is written after it, with the id it shows.
                request.setAttribute(SEEN, start);
            } else {
                request.setAttribute(SEEN, Boolean.TRUE);
                int status = thrown ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
                if (thrown) {
                    boolean named = request.getAttribute(ErrorDispatchServlet.INCIDENT) instanceof String;
                    nameIncident(request);
                    if (failure != null && !named) {
                        // The answer had begun, so no error page runs and nobody else logs the cause with this id.
                        LOG.log(Level.SEVERE, "Request failed after its answer began, incident "
                                + request.getAttribute(ErrorDispatchServlet.INCIDENT), failure);
                    }
                }
                log(request, request.getRequestURI(), status, millisSince(start));
            }
        }
    }

    /**
     * The error page's dispatch: of a request that threw ({@code start} known), or of one that failed before any
     * filter ran (in the authentication mechanism's per-request check, e.g. while the database is away; no start).
     */
    private static void afterTheErrorPage(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                          Long start) throws IOException, ServletException {
        request.setAttribute(SEEN, Boolean.TRUE);
        // Read before the error page forwards (after it, the request's path is the page's).
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        try {
            chain.doFilter(request, response);
        } finally {
            log(request, path, response.getStatus(), start == null ? -1 : millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void nameIncident(HttpServletRequest request) {
        if (!(request.getAttribute(ErrorDispatchServlet.INCIDENT) instanceof String)) {
            request.setAttribute(ErrorDispatchServlet.INCIDENT, Problem.newIncident());
        }
    }

    private static void log(HttpServletRequest request, String path, int status, long millis) {
        SlowOrFailed policy = SlowOrFailed.configured(System.getProperty(SlowOrFailed.PROPERTY),
                System.getenv(SlowOrFailed.ENVIRONMENT));
        String incident = request.getAttribute(ErrorDispatchServlet.INCIDENT) instanceof String id ? id : null;
        if (!policy.logs(status, millis, incident)) {
            return;
        }
        Principal user = request.getUserPrincipal();
        String line = SlowOrFailed.line(request.getMethod(), path, status, millis, user == null ? null : user.getName(),
                incident);
        LOG.log(policy.failed(status, incident) ? Level.WARNING : Level.INFO, line);
    }
}

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
 * <p>It also sees the container's error dispatch: a request that failed before any filter ran (in the authentication
 * mechanism's per-request check, e.g. while the database is away) gets its line there, with {@code ms=-} (its start
 * is not known).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("dk.pulje.request");
    /** Request attribute: this filter has seen the request (its line, if any, is taken care of). */
    private static final String SEEN = RequestLogFilter.class.getName() + ".seen";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(SEEN) != null) {
            chain.doFilter(request, response); // the error dispatch of a request whose line is written below
            return;
        }
        request.setAttribute(SEEN, Boolean.TRUE);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            failedBeforeTheFilters(request, response, chain);
            return;
        }
        long start = System.nanoTime();
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = thrown ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            if (status >= 500) {
                // The container's error page comes after this filter and shows this id (ErrorDispatchServlet takes it).
                nameIncident(request);
            }
            log(request, request.getRequestURI(), status, millis);
        }
    }

    private static void failedBeforeTheFilters(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (status >= 500 || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
            nameIncident(request);
        }
        // Read before the error page forwards (after it, the request's path is the page's).
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        try {
            chain.doFilter(request, response);
        } finally {
            log(request, path, status, -1);
        }
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

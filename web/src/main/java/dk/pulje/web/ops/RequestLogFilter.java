package dk.pulje.web.ops;

import dk.pulje.web.api.Problem;
import dk.pulje.web.support.ErrorDispatchServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
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
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("dk.pulje.request");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = thrown ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            if (status >= 500 && !(request.getAttribute(ErrorDispatchServlet.INCIDENT) instanceof String)) {
                // The container's error page comes after this filter and shows this id (ErrorDispatchServlet takes it).
                request.setAttribute(ErrorDispatchServlet.INCIDENT, Problem.newIncident());
            }
            log(request, status, millis);
        }
    }

    private static void log(HttpServletRequest request, int status, long millis) {
        SlowOrFailed policy = SlowOrFailed.configured(System.getProperty(SlowOrFailed.PROPERTY),
                System.getenv(SlowOrFailed.ENVIRONMENT));
        String incident = request.getAttribute(ErrorDispatchServlet.INCIDENT) instanceof String id ? id : null;
        if (!policy.logs(status, millis, incident)) {
            return;
        }
        Principal user = request.getUserPrincipal();
        String line = SlowOrFailed.line(request.getMethod(), request.getRequestURI(), status, millis,
                user == null ? null : user.getName(), incident);
        LOG.log(policy.failed(status, incident) ? Level.WARNING : Level.INFO, line);
    }
}

package dk.pulje.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The security headers ({@link SecurityHeaders}) on every answer, error dispatches included, and redirects that never
 * trust the Host header: the servlet container would turn {@code sendRedirect("/pulje/…")} into
 * {@code http://<Host header>/pulje/…}, so a forged Host would send the browser elsewhere. Pulje's redirects are
 * path-absolute references ({@code Location: /pulje/…}), which browsers resolve against the address they used.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new RelativeRedirects(response));
    }

    /** Sends redirects as path-absolute references, built from the application's own paths only. */
    static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirect((HttpServletResponse) getResponse(), location);
        }
    }

    /** A 302 to {@code location}, which must be a path of this server (absolute URLs are cut to their path). */
    static void redirect(HttpServletResponse response, String location) throws IOException {
        if (response.isCommitted()) {
            throw new IllegalStateException("Response already committed");
        }
        String path = location;
        int scheme = path.indexOf("://");
        if (scheme >= 0 && scheme < path.indexOf('/') + 1) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            path = "/" + path.replaceFirst("^/+", "");
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", path);
        response.flushBuffer();
    }
}

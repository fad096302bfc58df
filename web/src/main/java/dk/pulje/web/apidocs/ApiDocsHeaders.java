package dk.pulje.web.apidocs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The API reference page ({@code /api-docs/}) is static HTML, so PrimeFaces' nonce policy does not reach it: this
 * filter gives it a policy of its own, stricter than the pages' (no inline script at all, scripts, styles, fonts and
 * requests from Pulje only). Browsers enforce it together with SecurityHeaders' policy. Swagger UI runs under it:
 * its initializer is a file (swagger-init.js) and its styles are set through the DOM, which {@code style-src} allows.
 */
@WebFilter(urlPatterns = "/api-docs/*")
public class ApiDocsHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }
}

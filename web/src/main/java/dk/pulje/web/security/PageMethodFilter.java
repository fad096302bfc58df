package dk.pulje.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Pages answer GET, HEAD and POST only (405 otherwise), and only a POST can run an action: Faces treats any request that
 * carries a ViewState as a postback, so a form "posted" as a GET link with the ViewState in the query string (and,
 * say, a password in the URL) would run. Such a GET is refused (400) before Faces sees it.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageMethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        // HEAD is a GET without a body (link checkers and monitors use it); it can run nothing a GET cannot.
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        if (!get && !"POST".equals(method)) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // For a GET, parameters come from the query string only: reading them consumes no body.
        if (get && request.getParameter("jakarta.faces.ViewState") != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}

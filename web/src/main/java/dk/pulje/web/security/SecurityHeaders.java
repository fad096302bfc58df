package dk.pulje.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every answer carries: pages, error pages, API problems and the redirect to the login page
 * (which the authentication mechanism sends before any filter runs). PrimeFaces (primefaces.CSP=true) adds its own
 * Content-Security-Policy with a per-request nonce for scripts; this second policy adds what that one leaves open: no
 * plugins, no foreign base URL, forms only to Pulje, never inside a frame. Browsers enforce both policies.
 */
public final class SecurityHeaders {

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:";
    private static final String APPLIED = SecurityHeaders.class.getName() + ".applied";

    private SecurityHeaders() {
    }

    /** Adds the headers once per request (an error dispatch after the request's own does not add them twice). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        if (request.getAttribute(APPLIED) == null || !response.containsHeader("X-Frame-Options")) {
            response.addHeader("Content-Security-Policy", POLICY);
            request.setAttribute(APPLIED, Boolean.TRUE);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            // Pages hold personal and financial data: not kept by browsers or proxies after the session.
            response.setHeader("Cache-Control", "no-store");
        }
    }
}

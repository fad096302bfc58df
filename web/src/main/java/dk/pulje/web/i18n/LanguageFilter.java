package dk.pulje.web.i18n;

import dk.pulje.application.security.LanguagePreferences;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A plain GET link ({@code ?lang=en}) switches the language, so that switching works on every page, even bookmarks.
 * A signed-in person's choice is also stored with their account (reminder e-mails are written in it).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBacking localeBacking;

    @EJB
    private LanguagePreferences preferences;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Not for the API: it speaks the Accept-Language, and reading a parameter would parse a POST's whole body here,
        // before the API can refuse an upload that is too large with problem details (issue 12).
        String language = request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? null
                : request.getParameter("lang");
        if (language != null) {
            localeBacking.setLanguage(language);
            if (request.getUserPrincipal() != null) {
                // Remembered for what Pulje sends them later (reminder e-mails), in their own account only.
                preferences.remember(localeBacking.getLanguage());
            }
        }
        chain.doFilter(request, response);
    }
}

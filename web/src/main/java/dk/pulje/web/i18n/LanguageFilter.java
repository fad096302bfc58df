package dk.pulje.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A plain GET link ({@code ?lang=en}) switches the language, so that switching works on every page, even bookmarks. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBacking localeBacking;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter("lang");
        if (language != null) {
            localeBacking.setLanguage(language);
        }
        chain.doFilter(request, response);
    }
}

package dk.pulje.web.apidocs;

import dk.pulje.web.api.v1.support.OpenApiDocument;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document for the reference page ({@code /api-docs/}), with the page's session: the API itself
 * ({@code /api/v1/openapi.json}) authenticates every request with a token or HTTP Basic and keeps no session, so the
 * page could not read it. The same document, the same bytes.
 */
@WebServlet("/api-docs/openapi.json")
public class ApiDocsServlet extends HttpServlet {

    @Inject
    private OpenApiDocument document;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(document.json(getServletContext()));
    }
}

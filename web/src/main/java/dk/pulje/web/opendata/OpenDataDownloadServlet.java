package dk.pulje.web.opendata;

import dk.pulje.application.opendata.OpenDataFormat;
import dk.pulje.application.opendata.OpenDataService;
import dk.pulje.application.opendata.OpenDataSet;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /files/open-data/rounds/{id}/360giving.json} (also {@code 360giving.csv}, {@code iati.xml}, and the same
 * under {@code funds/{id}/}): the round and fund pages' "Åbne data" links. The API's files
 * ({@code /api/v1/rounds/{id}/export/…}) answer HTTP Basic only, never a session (docs/security.md), so the pages link
 * here instead: the same files ({@link OpenDataFiles}), for the logged-in fund administrator or regional staff. A round
 * or fund outside the caller's portfolio, or a path that names nothing, is a plain 404; an applicant 403 (the service
 * refuses the role); a set with nothing to publish 409.
 */
@WebServlet(urlPatterns = OpenDataDownloadServlet.PATH + "*")
public class OpenDataDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/files/open-data/";

    private static final Pattern FILE = Pattern.compile("/(rounds|funds)/([0-9]{1,18})/(360giving\\.json|360giving\\.csv|iati\\.xml)");
    private static final Map<String, OpenDataFormat> FORMATS = Map.of("360giving.json", OpenDataFormat.GIVING_JSON,
            "360giving.csv", OpenDataFormat.GIVING_CSV, "iati.xml", OpenDataFormat.IATI);

    @Inject
    private transient OpenDataService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(2));
        Optional<OpenDataSet> set;
        try {
            set = "rounds".equals(path.group(1)) ? service.round(id) : service.fund(id);
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (set.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OpenDataFile file = OpenDataFiles.write(service, set.get(), FORMATS.get(path.group(3)), request.getRemoteAddr());
        if (file == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        // As for attachments: should a browser render the XML or JSON after all, it runs nothing.
        response.addHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader(OpenDataFiles.OMITTED, String.valueOf(file.omitted()));
        if (!file.omittedReasons().isEmpty()) {
            response.setHeader(OpenDataFiles.OMITTED_REASONS, file.omittedReasons());
        }
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

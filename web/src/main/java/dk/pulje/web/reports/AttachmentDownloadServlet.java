package dk.pulje.web.reports;

import dk.pulje.application.attachment.AttachmentFile;
import dk.pulje.application.attachment.AttachmentService;
import dk.pulje.application.attachment.AttachmentType;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /files/attachment/{id}}: a report's attachment, for a caller who may read the report's project (web.xml lets
 * the three project-reading roles in; AttachmentService decides per file). An id that does not exist and one outside
 * the caller's projects get the same plain 404.
 * <p>
 * The file is always a download, never shown in the browser: {@code Content-Disposition: attachment}, the type
 * checked at upload (never HTML), {@code nosniff}, a sandboxing CSP in case a browser renders it anyway, and not
 * kept in any cache.
 */
@WebServlet(urlPatterns = AttachmentDownloadServlet.PATH + "*")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/files/attachment/";

    @Inject
    private transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = parse(request.getPathInfo());
        AttachmentFile file;
        try {
            file = id == null ? null : attachments.download(id);
        } catch (RuleViolation | EJBAccessException e) {
            file = null;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean known = AttachmentType.ofMediaType(file.contentType()).isPresent();
        response.setContentType(known ? file.contentType() : "application/octet-stream");
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.addHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLengthLong(file.content().length);
        response.getOutputStream().write(file.content());
    }

    /** "/123" → 123; anything else (more path, letters, nothing) finds nothing. */
    static Long parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }

    /**
     * RFC 6266: an ASCII name for old clients and the real name (æ, ø, å) in UTF-8 for the rest. The stored name holds
     * no quotes, backslashes, semicolons, percent signs or control characters (FileNames), but the header is built
     * defensively all the same.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

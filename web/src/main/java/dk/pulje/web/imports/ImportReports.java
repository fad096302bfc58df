package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportReport;
import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The reports of this session's last imports, so that the result step's "download as CSV" can be a plain GET link
 * ({@code ?report=…&export=CSV}) answered by the page's view action, as every other download in Pulje is. Kept in the
 * session: only the clerk who imported can fetch it, and a token from another session finds nothing.
 */
@SessionScoped
public class ImportReports implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 5;

    private transient Map<String, ImportReport> reports;

    synchronized String keep(ImportReport report) {
        String token = UUID.randomUUID().toString();
        reports().put(token, report);
        while (reports().size() > KEPT) {
            reports().remove(reports().keySet().iterator().next());
        }
        return token;
    }

    synchronized ImportReport find(String token) {
        return token == null ? null : reports().get(token);
    }

    private Map<String, ImportReport> reports() {
        if (reports == null) {
            reports = new LinkedHashMap<>();
        }
        return reports;
    }
}

package dk.pulje.web.dashboards;

import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import dk.pulje.web.support.export.TableDownload;

import java.util.function.Supplier;

/**
 * The money, timeline and overdue-report dashboards export their table from a plain GET link ({@code ?…&export=CSV}):
 * the filters stay in the address, so the download is exactly the table on the screen, and no form or view state is
 * needed. A value that is no format is ignored (the page is shown), never guessed at.
 */
final class DashboardExport {

    private DashboardExport() {
    }

    static void sendIfAsked(String export, Supplier<ExportTable> table) {
        if (export == null || export.isBlank()) {
            return;
        }
        ExportFormat format;
        try {
            format = ExportFormat.valueOf(export.strip());
        } catch (IllegalArgumentException e) {
            return;
        }
        TableDownload.send(table.get(), format);
    }

    /** The page's own address with its filters and {@code export=format}. */
    static String link(String contextPath, String page, String query, ExportFormat format) {
        return contextPath + "/dashboards/" + page + ".xhtml?" + (query.isEmpty() ? "" : query + "&") + "export=" + format.name();
    }
}

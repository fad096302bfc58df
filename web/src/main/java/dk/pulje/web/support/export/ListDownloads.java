package dk.pulje.web.support.export;

import dk.pulje.application.export.ExportService;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The download of a list page ({@code ?…&export=CSV|XLSX}, answered by the page's view action): writes the whole list
 * as the page's filters and sort select it, then writes to the security log who exported which list and how many
 * rows (after the file, when the count is known). Enum cells read as their labels, as the page shows them.
 */
@RequestScoped
public class ListDownloads {

    @Inject
    private ExportService exports;

    @Inject
    private Messages messages;

    @Inject
    private Formats fmt;

    /** The format the address asks for ({@code export=CSV|XLSX}), or null: then the page is shown. */
    public static ExportFormat asked() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return null;
        }
        String value = faces.getExternalContext().getRequestParameterMap().get("export");
        for (ExportFormat format : ExportFormat.values()) {
            if (format.name().equals(value)) {
                return format;
            }
        }
        return null;
    }

    /** Sends the list when the address asks for it; does nothing otherwise. */
    public <T> void sendIfAsked(ListExport<T> list, java.util.function.Supplier<Iterable<List<Object>>> rows) {
        ExportFormat format = asked();
        if (format != null) {
            send(list, rows.get(), format);
        }
    }

    public <T> void send(ListExport<T> list, Iterable<List<Object>> rows, ExportFormat format) {
        int[] count = new int[1];
        // An enum (a status, a type) reads as its label in the reader's language, as on the page.
        Iterable<List<Object>> counted = ExportTable.mapped(rows, row -> {
            count[0]++;
            return row.stream().map(v -> v instanceof Enum<?> e ? (Object) fmt.label(e) : v).toList();
        });
        TableDownload.send(list.table(messages::text, counted), format);
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        exports.recordListExport(list.fileName() + "." + format.extension(), count[0], request.getRemoteAddr());
    }
}

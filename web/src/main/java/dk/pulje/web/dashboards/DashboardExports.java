package dk.pulje.web.dashboards;

import dk.pulje.web.support.export.ExportFormat;
import jakarta.faces.context.FacesContext;

/**
 * The export of a dashboard view is its own address plus {@code export=CSV} or {@code export=XLSX}, answered by the
 * page's view action: a plain GET link, so that the filters (which live in the address) need not travel through a
 * postback, and the filter bar's selects (outside any form) are never decoded.
 */
final class DashboardExports {

    private DashboardExports() {
    }

    /** The language of this view ("da", "en"), for what the browser formats itself (chart axes). */
    static String languageTag() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return locale == null ? "da" : locale.toLanguageTag();
    }

    /** CSV or XLSX by name; null for anything else (the page is then shown, not a file). */
    static ExportFormat format(String value) {
        if (value == null) {
            return null;
        }
        for (ExportFormat format : ExportFormat.values()) {
            if (format.name().equals(value)) {
                return format;
            }
        }
        return null;
    }

    /** The format the address asks for, or null (none, or not one we write). */
    static ExportFormat asked() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return null;
        }
        return format(faces.getExternalContext().getRequestParameterMap().get("export"));
    }

    /** Sends {@code table} when {@code export} names a format (the view action of a page); anything else shows the page. */
    static void sendIfAsked(String export, java.util.function.Supplier<dk.pulje.web.support.export.ExportTable> table) {
        ExportFormat format = format(export == null ? null : export.strip());
        if (format != null) {
            dk.pulje.web.support.export.TableDownload.send(table.get(), format);
        }
    }

    /** The page's own address with its filters and {@code export=format}. */
    static String link(String contextPath, String page, String query, ExportFormat format) {
        return contextPath + "/dashboards/" + page + ".xhtml?" + (query.isEmpty() ? "" : query + "&") + "export=" + format.name();
    }

    /**
     * For a page with more than one table ({@code export=<table>&format=CSV|XLSX}): sends the table the address names
     * in the format it names; anything else (no download asked for, an unknown table or format) shows the page.
     */
    static void sendAskedTable(java.util.Map<String, java.util.function.Consumer<ExportFormat>> tables) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Map<String, String> request = faces.getExternalContext().getRequestParameterMap();
        String table = request.get("export");
        ExportFormat format = format(request.get("format"));
        if (!faces.isPostback() && table != null && format != null && tables.containsKey(table)) {
            tables.get(table).accept(format);
        }
    }
}

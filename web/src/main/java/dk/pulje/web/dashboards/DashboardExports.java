package dk.pulje.web.dashboards;

import dk.pulje.web.support.export.ExportFormat;

/** Reading the {@code format} of a download asked for in a dashboard's address. */
final class DashboardExports {

    private DashboardExports() {
    }

    /** CSV or XLSX; null for anything else (the page is then shown, not a file). */
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
}

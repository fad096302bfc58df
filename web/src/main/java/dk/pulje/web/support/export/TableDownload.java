package dk.pulje.web.support.export;

import dk.pulje.application.shared.Clocks;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Sends a dashboard table as a file from a non-ajax command ({@code <h:commandButton action="#{bean.export('CSV')}">}
 * or a plain link to a bean method), then ends the JSF response. The file name carries the date
 * ({@code fordeling-by-2026-11-26.xlsx}), so that two downloads of different days do not overwrite each other.
 */
public final class TableDownload {

    private TableDownload() {
    }

    public static void send(ExportTable table, ExportFormat format) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        String name = table.fileName() + "-" + LocalDate.now(Clocks.DANISH_TIME) + "." + format.extension();
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            OutputStream out = external.getResponseOutputStream();
            write(table, format, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The file's bytes, for {@link #send} and for tests. */
    public static void write(ExportTable table, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvTableWriter.write(table, out);
            case XLSX -> XlsxTableWriter.write(table, out);
        }
    }
}

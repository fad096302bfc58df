package dk.pulje.web.support.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * XLSX with real numeric cells and Danish number formats, dates as dates, a header row and frozen panes. Written by
 * the exports work of issue 11 (Apache POI); until then XLSX is not offered.
 */
final class XlsxTableWriter {

    private XlsxTableWriter() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("XLSX export is being built (issue 11)");
    }
}

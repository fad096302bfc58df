package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;

import java.util.List;

/**
 * The uploaded file as read: the sheet, and the encoding and separator found (or chosen), for the page to show beside
 * their overrides. The reading itself is the web tier's file reader (CSV/XLSX, detection, limits); this is the upload
 * page's one door to it.
 *
 * @param encoding    the encoding used ("UTF-8", "windows-1252"); empty for XLSX
 * @param separator   the separator used (";", ",", "\t"); empty for XLSX
 * @param spreadsheet the file was XLSX (no encoding or separator to choose)
 */
record UploadedSheet(ImportSheet sheet, String encoding, String separator, boolean spreadsheet) {

    static final String AUTOMATIC = "AUTO";
    static final String TAB = "TAB";
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final List<String> ENCODINGS = List.of(AUTOMATIC, "UTF-8", "windows-1252");
    static final List<String> SEPARATORS = List.of(AUTOMATIC, ";", ",", TAB);

    /** Reads the file with the encoding and separator chosen ({@link #AUTOMATIC}: detected); refuses with a RuleViolation. */
    static UploadedSheet read(String fileName, byte[] content, String encoding, String separator) {
        throw new UnsupportedOperationException("waits for the file reader (imp-read)");
    }
}

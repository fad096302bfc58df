package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The uploaded file as the page shows it: the sheet, and the encoding and separator found (or chosen), for the page to
 * show beside their overrides. The reading itself is {@link AllocationFileReader} (CSV/XLSX, detection, limits), the
 * same as the REST endpoint's; this is the upload page's one door to it, turning the page's choices into
 * {@link ReadOptions}.
 *
 * @param encoding    the encoding used ("windows-1252", "UTF-8"); empty for XLSX
 * @param separator   the separator used (";", ",", "\t"); empty for XLSX
 * @param spreadsheet the file was XLSX (no encoding or separator to choose)
 */
record UploadedSheet(ImportSheet sheet, String encoding, String separator, boolean spreadsheet) {

    static final String AUTOMATIC = "AUTO";
    static final String TAB = "TAB";
    static final int MAX_BYTES = AllocationFileReader.MAX_BYTES;
    static final List<String> ENCODINGS = List.of(AUTOMATIC, "UTF-8", "windows-1252");
    static final List<String> SEPARATORS = List.of(AUTOMATIC, ";", ",", TAB);

    /** Reads the file with the encoding and separator chosen ({@link #AUTOMATIC}: detected). */
    static UploadedSheet read(String fileName, byte[] content, String encoding, String separator) throws UnreadableFile {
        ReadResult read = new AllocationFileReader().read(content, fileName, options(encoding, separator));
        return new UploadedSheet(read.sheet(), read.encoding() == null ? "" : read.encoding().name(),
                read.separator() == null ? "" : String.valueOf(read.separator()), read.kind() == FileKind.XLSX);
    }

    static ReadOptions options(String encoding, String separator) {
        Charset charset = encoding == null || AUTOMATIC.equals(encoding) || !ENCODINGS.contains(encoding) ? null
                : Charset.forName(encoding);
        Character character = switch (separator == null ? AUTOMATIC : separator) {
            case ";" -> ';';
            case "," -> ',';
            case TAB -> '\t';
            default -> null;
        };
        return new ReadOptions(charset, character);
    }
}

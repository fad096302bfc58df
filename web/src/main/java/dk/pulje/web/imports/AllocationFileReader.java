package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Reads an uploaded allocation list, CSV or XLSX, into an {@link ImportSheet} of text cells: the one reader behind
 * the upload page, {@code POST /api/v1/imports/allocations} and so {@code ./pulje import}. Everything after reading
 * (mapping, amounts, checks, storing) is the import service's, in the EJB module.
 * <p>
 * The type is judged by the content, never by the name alone: a zip that holds a workbook is XLSX, text is CSV,
 * anything else (a PNG named .csv, an old .xls, a PDF) is refused. Where name and content disagree the content wins,
 * since it is the content that is read; nothing in a file is ever executed either way.
 * <p>
 * Limits: {@value #MAX_BYTES} bytes (10 MB), {@value #MAX_ROWS} data rows, {@value #MAX_COLUMNS} columns. A long
 * cell is kept as it is (the service refuses its row with a message that names it), so one bad cell never hides the
 * rest of the file's problems.
 */
public final class AllocationFileReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 100;

    /** How much of the start a text check looks at: enough to tell text from binary, cheap for 10 MB. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** Old Excel (.xls) and every password-protected Office file are OLE2 compound documents. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final SheetCollector.Limits limits;

    public AllocationFileReader() {
        this(new SheetCollector.Limits(MAX_BYTES, MAX_ROWS, MAX_COLUMNS));
    }

    AllocationFileReader(SheetCollector.Limits limits) {
        this.limits = limits;
    }

    /**
     * The upload as a sheet, reading at most one byte more than the limit: a 1 GB body is refused after 10 MB, never
     * held in memory (the REST resource and the page pass the upload's stream here).
     */
    public ReadResult readUpload(InputStream upload, String fileName, ReadOptions options) throws UnreadableFile, IOException {
        byte[] bytes = upload == null ? new byte[0] : upload.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableFile("import.file.tooBigStream", name(fileName), megabytes(limits.maxBytes()));
        }
        return read(bytes, fileName, options);
    }

    /**
     * The file as a sheet, and how it was read.
     *
     * @param fileName the name it was uploaded with (for messages; may be null)
     * @param options  the clerk's choice of encoding and separator, or {@link ReadOptions#DETECT}
     * @throws UnreadableFile when nothing of the file can be imported, with the reason
     */
    public ReadResult read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableFile {
        String name = name(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFile("import.file.empty", name);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableFile("import.file.tooBig", name, megabytes(bytes.length), megabytes(limits.maxBytes()));
        }
        ReadOptions chosen = options == null ? ReadOptions.DETECT : options;
        SheetCollector collector = new SheetCollector(limits);
        if (XlsxReading.isZip(bytes)) {
            String sheetName = XlsxReading.read(bytes, name, collector);
            return new ReadResult(collector.sheet(), FileKind.XLSX, null, null, sheetName);
        }
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableFile("import.file.oldExcel", name);
        }
        if (!looksLikeText(bytes)) {
            throw new UnreadableFile("import.file.type", name);
        }
        Charset encoding = chosen.encoding() != null ? chosen.encoding() : CsvReading.detectEncoding(bytes);
        String text = CsvReading.decode(bytes, encoding);
        if (text.isBlank()) {
            throw new UnreadableFile("import.file.empty", name);
        }
        char separator = chosen.separator() != null ? chosen.separator() : CsvReading.detectSeparator(text);
        CsvReading.parse(text, separator, collector);
        return new ReadResult(collector.sheet(), FileKind.CSV, encoding, separator, null);
    }

    /**
     * Text has no NUL bytes and few control characters. Every binary format we might be sent (images, PDF streams,
     * executables, UTF-16) has NULs near the start; a CSV with one row of garbage keeps its other rows readable and
     * the service refuses that row, so only a file that is mostly control characters is refused here.
     */
    static boolean looksLikeText(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                controls++;
            }
        }
        return controls * 10 <= length; // at most 10 %
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "" : fileName.strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** For the message, which formats it in the reader's language ("10,5"). */
    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}

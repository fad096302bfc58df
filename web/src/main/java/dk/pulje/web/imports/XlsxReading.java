package dk.pulje.web.imports;

import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An XLSX allocation list: the first sheet, streamed through POI's SAX reader (XSSFSheetXMLHandler) so that a long
 * sheet never becomes a workbook object in memory.
 * <p>
 * What a cell gives: a number as plain digits with a '.' before any decimals (11063000, 5052000.5; never grouped,
 * never scientific), so that {@code DanishAmounts} reads it exactly; a date as ISO text (2024-08-01); a formula as
 * the value the spreadsheet program last computed and saved. Formulas are never evaluated: the file is foreign and
 * may be hostile (a formula can reach other files, or run for ever), and the value the clerk saw is the one saved.
 * <p>
 * A zip bomb is refused by POI's ZipSecureFile while inflating: an entry that inflates more than 100 times (POI's
 * default ratio) or beyond {@link #MAX_ENTRY_BYTES}. These limits are POI's global settings, set once here; they only
 * make reading stricter (POI's own default entry limit is 4 GB), never looser for other readers in the application.
 */
final class XlsxReading {

    /** The largest part of an XLSX we inflate: a 20.000-row list's sheet is a few MB of XML; this leaves ample room. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxReading() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The first sheet's rows, into the collector; the sheet's name. */
    static String read(byte[] bytes, String fileName, SheetCollector collector) throws UnreadableFile {
        Path file = null;
        OPCPackage pkg = null;
        try {
            // From a file, not a stream: POI then inflates each part when it is read, instead of the whole zip at once.
            file = Files.createTempFile("pulje-import-", ".xlsx");
            Files.write(file, bytes);
            if (!isOfficePackage(file)) {
                throw new UnreadableFile("import.file.type", fileName); // a zip, but of something else
            }
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
                    && pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
                throw new UnreadableFile("import.file.type", fileName); // a Word or PowerPoint file, or another zip
            }
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("import.file.noHeader");
            }
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                Rows rows = new Rows(collector);
                XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
                parser.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, null,
                        new ReadOnlySharedStringsTable(pkg), rows, new PlainValues(), false));
                parser.parse(new InputSource(sheet));
                return name;
            }
        } catch (Stop stop) {
            throw stop.reason;
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableFile(e, "import.file.type", fileName);
        } catch (IOException | SAXException | OpenXML4JException | InvalidOperationException | org.apache.poi.ooxml.POIXMLException
                 | IllegalStateException | IllegalArgumentException | org.apache.poi.util.RecordFormatException e) {
            // Includes what ZipSecureFile throws for a zip bomb (an IOException): broken or hostile, it is not read.
            throw new UnreadableFile(e, "import.file.broken", fileName);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened read-only: close() would try to save
            }
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary folder is cleaned by the system; nothing of the clerk's is lost
                }
            }
        }
    }

    /**
     * Whether the zip's directory names a content-types part, as every Office Open XML file has. A zip whose directory
     * cannot be read at all (cut off, damaged) throws: that is a broken file, not another type.
     */
    private static boolean isOfficePackage(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null;
        }
    }

    /** A row limit or an unreadable row met inside the SAX callbacks, which may not throw checked exceptions. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnreadableFile reason;

        Stop(UnreadableFile reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    /** Collects each row's cells by column (a sheet leaves out empty cells), then hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetCollector collector;
        private List<String> cells = new ArrayList<>();
        private int number;

        Rows(SheetCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            number = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            try {
                collector.row(number, cells);
            } catch (UnreadableFile e) {
                throw new Stop(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= collector.maxColumns()) {
                // Checked per cell, before padding: a cell in column XFD must not make 16.384 empty cells first.
                if (value != null && !value.isBlank()) {
                    throw new Stop(new UnreadableFile("import.file.tooManyColumns", number, collector.maxColumns()));
                }
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Numbers as plain digits and dates as ISO text, whatever format the cell was shown in. */
    static final class PlainValues extends DataFormatter {

        private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
            }
            return plain(value);
        }

        /**
         * 1.0E7 → "10000000", 5052000.5 → "5052000.5": ungrouped, never scientific, to 15 significant digits. Fifteen
         * because that is what Excel shows and computes with: a formula's saved result may carry binary noise in the
         * 16th and 17th digit (=0,1+0,2 is saved as 0.30000000000000004), which the clerk never saw and which would
         * otherwise read as fractions of øre. 15 digits hold every amount up to 10.000 billion kroner with øre.
         */
        static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        }
    }
}

package dk.pulje.web.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** A CSV allocation list: its encoding and separator detected (or chosen), then parsed by Apache Commons CSV. */
final class CsvReading {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BOM_LENGTH = 3;

    private CsvReading() {
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /**
     * UTF-8 when the bytes are valid UTF-8, else Windows-1252. No statistics needed: the two agree on ASCII, and
     * Windows-1252's Danish letters (æ = E6, ø = F8, å = E5, as single bytes followed by ASCII) are never valid UTF-8,
     * where every byte above 7F must come in a well-formed multi-byte sequence. So a file with one Danish letter
     * saved as Windows-1252 fails the strict UTF-8 check, and a UTF-8 file with one passes it; a pure ASCII file
     * reads the same either way. (ISO-8859-1 is covered too: it equals Windows-1252 on every letter a list uses.)
     */
    static Charset detectEncoding(byte[] bytes) {
        if (hasUtf8Bom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The text in that encoding, without a UTF-8 byte-order mark; a byte the encoding lacks becomes U+FFFD. */
    static String decode(byte[] bytes, Charset encoding) {
        int start = hasUtf8Bom(bytes) ? BOM_LENGTH : 0;
        try {
            CharBuffer text = encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    /**
     * The separator of the header line (the first line with anything in it): whichever of ';', tab and ',' it holds
     * most often outside quotes. The header, not the data, because data has decimal commas ("11,063 mio.") and the
     * header seldom does; on a tie ';' wins (what Danish Excel writes), then tab, then ','.
     */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        if (semicolons >= tabs && semicolons >= commas) {
            return ';';
        }
        return tabs >= commas ? '\t' : ',';
    }

    static void parse(String text, char separator, SheetCollector collector) throws UnreadableFile {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setQuote('"')
                // Blank lines are rows too, as in a spreadsheet, so that row numbers match what the clerk sees;
                // the collector skips them.
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The line the next record starts on: where an unclosed quote opened, so the clerk knows where to look.
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new UnreadableFile(e, "import.file.notParseable", line);
                }
                collector.row(Math.toIntExact(record.getRecordNumber()), record.toList());
            }
        } catch (IOException e) {
            throw new UnreadableFile(e, "import.file.notParseable", 1);
        }
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.imports.ImportSheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for helper A's file reader (issue 12, branch imp-read) until it lands: CSV only, UTF-8 (BOM or not) else
 * Windows-1252, ';' or ',' by which the header has more of, quoted fields with doubled quotes, CRLF or LF. Empty when
 * the bytes are not text. Replaced by the shared reader on merge; nothing else depends on it.
 */
final class InterimCsvReader {

    private InterimCsvReader() {
    }

    static Optional<ImportSheet> read(byte[] bytes, String encoding, String separator) {
        String text;
        try {
            text = decode(bytes, encoding);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0 || text.isBlank()) {
            return Optional.empty();
        }
        String firstLine = text.lines().findFirst().orElse("");
        char sep = separator != null && !separator.isEmpty() ? separator.charAt(0)
                : count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        List<List<String>> records = parse(text, sep);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        List<ImportSheet.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new ImportSheet.Row(i + 1, cells));
        }
        return Optional.of(new ImportSheet(records.get(0), rows));
    }

    private static String decode(byte[] bytes, String encoding) throws CharacterCodingException {
        if (encoding != null && !encoding.isBlank()) {
            return new String(bytes, Charset.forName(encoding.strip()));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("windows-1252").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static List<List<String>> parse(String text, char sep) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}

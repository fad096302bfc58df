package dk.pulje.web.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the clerk chose when the detection guessed wrong: the encoding and the separator of a CSV file; null for
 * either means "detect". An XLSX file has neither and ignores both.
 */
public record ReadOptions(Charset encoding, Character separator) {

    public static final ReadOptions DETECT = new ReadOptions(null, null);

    /** The encodings the page offers: what Danish spreadsheets save as CSV. */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"));

    /** The separators the page offers: Danish Excel writes ';', English ',', "tekst (tabulatorsepareret)" a tab. */
    public static final List<Character> SEPARATORS = List.of(';', ',', '\t');

    public ReadOptions {
        if (separator != null && (separator == '"' || separator == '\r' || separator == '\n')) {
            throw new IllegalArgumentException("Not a separator: " + (int) separator.charValue());
        }
    }
}

package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;

import java.nio.charset.Charset;

/**
 * A file as read, and how: the page shows the encoding and separator it detected (or was told), so that a clerk who
 * sees "Ã¦" where "æ" belongs can choose another.
 *
 * @param encoding  the CSV's encoding, null for XLSX
 * @param separator the CSV's separator, null for XLSX
 * @param sheetName the XLSX sheet read (the first), null for CSV
 */
public record ReadResult(ImportSheet sheet, FileKind kind, Charset encoding, Character separator, String sheetName) {
}

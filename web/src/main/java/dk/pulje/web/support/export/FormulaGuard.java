package dk.pulje.web.support.export;

/**
 * OWASP's advice against CSV/formula injection, for CSV and XLSX alike: a text cell that starts with = + - @ tab or
 * carriage return gets a leading apostrophe, so that a spreadsheet shows it as text and never evaluates it. An XLSX
 * string cell is not a formula when opened, but Excel and LibreOffice re-read a cell as a formula once someone edits
 * it (F2, Enter), and a copy to CSV loses the cell type: the apostrophe survives both. Numbers are never text, so a
 * negative amount stays a number.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}

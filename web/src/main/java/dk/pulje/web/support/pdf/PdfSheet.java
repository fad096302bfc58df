package dk.pulje.web.support.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A simple A4 document of headings, label/value pairs and tables, written with OpenPDF (docs/adr/0015): what the
 * project sheet and the round report share. The document says its title and language (the reader's locale), shows
 * its title in the viewer's window and is tagged as far as OpenPDF goes, so that a screen reader reads it in the right
 * language. The standard Helvetica with WinAnsi encoding carries æ, ø, å and the dash. Figures are right-aligned.
 */
public final class PdfSheet implements AutoCloseable {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 9, Font.NORMAL);

    private final Document document;

    public PdfSheet(OutputStream out, String title, Locale locale) {
        document = new Document(PageSize.A4, 42, 42, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(title);
        document.addCreator("Pulje");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        add(new Paragraph(title, TITLE));
    }

    public void subtitle(String text) {
        Paragraph paragraph = new Paragraph(text, NORMAL);
        paragraph.setSpacingAfter(6);
        add(paragraph);
    }

    public void heading(String text) {
        Paragraph paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    /** Label/value pairs in two columns; an empty value reads as the given text for "unknown". */
    public void facts(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[]{1, 2});
        table.setWidthPercentage(100);
        for (String[] pair : pairs) {
            table.addCell(cell(pair[0], BOLD, Element.ALIGN_LEFT));
            table.addCell(cell(pair[1], NORMAL, Element.ALIGN_LEFT));
        }
        add(table);
    }

    /**
     * A table with a header row repeated on every page; {@code figures[i]} right-aligns column i.
     */
    public Table table(List<String> headers, boolean... figures) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = 0; i < headers.size(); i++) {
            table.addCell(cell(headers.get(i), BOLD, align(figures, i)));
        }
        return new Table(table, figures);
    }

    public void text(String text) {
        add(new Paragraph(text, NORMAL));
    }

    /** A table being filled row by row; {@link #end} adds it to the document. */
    public final class Table {
        private final PdfPTable table;
        private final boolean[] figures;

        private Table(PdfPTable table, boolean[] figures) {
            this.table = table;
            this.figures = figures;
        }

        public Table row(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                table.addCell(cell(cells[i], NORMAL, align(figures, i)));
            }
            return this;
        }

        /** A bold row (a sum). */
        public Table total(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                table.addCell(cell(cells[i], BOLD, align(figures, i)));
            }
            return this;
        }

        public void end() {
            add(table);
        }
    }

    private static int align(boolean[] figures, int column) {
        return column < figures.length && figures[column] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private void add(Element element) {
        document.add(element);
    }

    /** Keeps a short note together, e.g. "—". */
    static Chunk chunk(String text) {
        return new Chunk(text, NORMAL);
    }

    @Override
    public void close() {
        document.close();
    }
}

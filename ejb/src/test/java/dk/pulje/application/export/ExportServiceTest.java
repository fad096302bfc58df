package dk.pulje.application.export;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportServiceTest {

    @Test
    void aTitleCannotBecomeASpreadsheetFormula() {
        // A leading ' makes it text; the quotes inside are then doubled and the cell quoted.
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ExportService.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", ExportService.cell("+1"));
        assertEquals("'@SUM(A1)", ExportService.cell("@SUM(A1)"));
    }

    @Test
    void separatorsAndQuotesAreQuoted() {
        assertEquals("\"Skrivning; forfra\"", ExportService.cell("Skrivning; forfra"));
        assertEquals("Lær med AI", ExportService.cell("Lær med AI"));
        assertEquals("", ExportService.cell(null));
    }

    @Test
    void amountsAreExactWithADecimalCommaAndUnknownIsEmpty() {
        assertEquals("11063000,00", ExportService.amount(Money.dkk("11063000")));
        assertEquals("0,05", ExportService.amount(Money.dkk("0.05")));
        assertEquals("", ExportService.amount(null));
    }
}

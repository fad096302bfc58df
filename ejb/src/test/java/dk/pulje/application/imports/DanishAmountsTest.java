package dk.pulje.application.imports;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DanishAmountsTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "11063000               | 11063000.00",
            "11.063.000             | 11063000.00",
            "11.063.000,00          | 11063000.00",
            "11.063.000,-           | 11063000.00",
            "11 063 000             | 11063000.00",
            "11,063 mio.            | 11063000.00",
            "11,063 mio             | 11063000.00",
            "11,063 mio. kroner     | 11063000.00",
            "11,063 millioner       | 11063000.00",
            "6 mio. kr.             | 6000000.00",
            "6 mio. kr              | 6000000.00",
            "0,5 mio.               | 500000.00",
            "0,457 mio. kroner      | 457000.00",
            "Kr. 2.000.000          | 2000000.00",
            "kr. 6 mio.             | 6000000.00",
            "kroner 1.000           | 1000.00",
            "DKK 5.052.000          | 5052000.00",
            "5.052.000 DKK          | 5052000.00",
            "5.052.000,50 kr.       | 5052000.50",
            "450 t.kr.              | 450000.00",
            "450 tkr.               | 450000.00",
            "5052000.5              | 5052000.50",
            "5052000.25             | 5052000.25",
            "0.5                    | 0.50",
            "1.5 mio.               | 1500000.00",
            "11.063                 | 11063.00",
            "0                      | 0.00",
            "-0                     | 0.00",
            "000                    | 0.00",
            "' 1.000 '              | 1000.00"})
    void readsTheSpellingsOfDanishLists(String cell, String kroner) {
        AmountReading reading = DanishAmounts.read(cell, ImportField.GRANTED);
        assertEquals(new BigDecimal(kroner), reading.kroner());
        assertEquals(2, reading.kroner().scale(), "exact, scale 2");
        assertNull(reading.message(), () -> "no message for " + cell + ": " + reading.message());
    }

    @Test
    void readsNoBreakAndThinSpacesAndTheMinusSign() {
        assertEquals(new BigDecimal("11063000.00"), DanishAmounts.read("11\u00a0063\u00a0000", ImportField.TOTAL).kroner());
        assertEquals(new BigDecimal("11063000.00"), DanishAmounts.read("11\u2009063\u2009000", ImportField.TOTAL).kroner());
        assertEquals(new BigDecimal("11063000.00"), DanishAmounts.read("11\u202f063\u202f000\u00a0kr.", ImportField.TOTAL).kroner());
        assertEquals(new BigDecimal("6000000.00"), DanishAmounts.read("6\u00a0mio.\u00a0kr.", ImportField.TOTAL).kroner());
        assertEquals("import.amount.negative", DanishAmounts.read("\u22125.000", ImportField.TOTAL).message().key());
        assertEquals("import.amount.negative", DanishAmounts.read("-5.000", ImportField.TOTAL).message().key());
        assertEquals("import.amount.negative", DanishAmounts.read("- 0,5 mio. kr.", ImportField.TOTAL).message().key());
    }

    @Test
    void readsALeadingZeroBeforeMillionsAsTheLostCommaAndWarns() {
        AmountReading reading = DanishAmounts.read("0324 mio. kroner", ImportField.TOTAL);

        assertEquals(new BigDecimal("324000.00"), reading.kroner());
        RowMessage warning = reading.message();
        assertEquals(RowMessage.Severity.WARNING, warning.severity());
        assertEquals("import.amount.leadingZero", warning.key());
        assertEquals(ImportField.TOTAL, warning.field());
        assertEquals(List.of("0324 mio. kroner", Money.dkk("324000")), warning.arguments());
        assertEquals("»0324 mio. kroner« er læst som 324.000 kr.: et tal, der begynder med 0, læses som 0,… mio. Ret cellen, hvis beløbet er et andet.",
                warning.text(DANISH));
        assertTrue(warning.text(Locale.ENGLISH).startsWith("\"0324 mio. kroner\" was read as DKK 324,000"),
                warning.text(Locale.ENGLISH));
    }

    @Test
    void readsALeadingZeroWithoutAUnitAsAStrayZeroAndWarns() {
        AmountReading reading = DanishAmounts.read("0500", ImportField.GRANTED);

        assertEquals(new BigDecimal("500.00"), reading.kroner());
        assertEquals("import.amount.leadingZero", reading.message().key());
    }

    @Test
    void warnsWhenAPointBeforeMillionsMayHaveMeantAComma() {
        AmountReading reading = DanishAmounts.read("11.063 mio.", ImportField.TOTAL);

        assertEquals(new BigDecimal("11063000000.00"), reading.kroner());
        assertEquals("import.amount.pointBeforeMillions", reading.message().key());
        assertEquals(RowMessage.Severity.WARNING, reading.message().severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u00a0", "\t"})
    void aBlankCellIsEmptyNotAnError(String cell) {
        assertTrue(DanishAmounts.read(cell, ImportField.APPLIED).empty());
        assertTrue(DanishAmounts.read(null, ImportField.APPLIED).empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "ca. 6 mio.", "=1+1", "+500", "@SUM(A1)", "<script>alert(1)</script>", "1,234,567",
            "1.23.456", "1 5", "kr.", "-", "6 mio. mio.", "1e7", "'; drop table project; --", "12,5%", "0x1F",
            "\u0661\u0662\u0663", "1\u00002", "5\u0007000"})
    void refusesWhatIsNotAnAmountQuotingTheCell(String cell) {
        AmountReading reading = DanishAmounts.read(cell, ImportField.GRANTED);

        assertNull(reading.kroner());
        assertEquals(RowMessage.Severity.ERROR, reading.message().severity());
        assertEquals("import.amount.notANumber", reading.message().key());
        assertEquals(ImportField.GRANTED, reading.message().field());
        String quoted = (String) reading.message().arguments().get(0);
        assertTrue(quoted.chars().noneMatch(Character::isISOControl), "control characters are not quoted as they are");
    }

    @Test
    void aFiveThousandCharacterCellIsRefusedAndQuotedShort() {
        AmountReading reading = DanishAmounts.read("1".repeat(5_000), ImportField.GRANTED);

        assertEquals("import.amount.notANumber", reading.message().key());
        String quoted = (String) reading.message().arguments().get(0);
        assertEquals(DanishAmounts.QUOTED_LENGTH + 1, quoted.length());
        assertTrue(quoted.endsWith("…"));
    }

    @Test
    void aHostileCellIsQuotedAsTextInTheMessage() {
        RowMessage message = DanishAmounts.read("<script>alert(1)</script>", ImportField.TOTAL).message();

        assertEquals("»<script>alert(1)</script>« er ikke et beløb. Skriv fx 11.063.000, 11.063.000,00 eller 11,063 mio.",
                message.text(DANISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,001", "1.000,505", "0,000000001 mio.", "1234.567", "5052000.125", "01234567891 mio."})
    void refusesFractionsOfOereRatherThanRounding(String cell) {
        AmountReading reading = DanishAmounts.read(cell, ImportField.GRANTED);

        assertNull(reading.kroner());
        assertEquals("import.amount.fractionOfOere", reading.message().key(), cell);
    }

    @Test
    void refusesAnAmountLargerThanAMoneyColumnHolds() {
        assertEquals(new BigDecimal("9999999999999.99"), DanishAmounts.read("9.999.999.999.999,99", ImportField.TOTAL).kroner());
        for (String cell : List.of("10.000.000.000.000", "99999999999999999999", "10.000.000 mio.")) {
            AmountReading reading = DanishAmounts.read(cell, ImportField.TOTAL);
            assertNull(reading.kroner(), cell);
            assertEquals("import.amount.tooLarge", reading.message().key(), cell);
        }
    }

    @Test
    void anAmountWithMoreDecimalsThatScaleToWholeOereIsExact() {
        assertEquals(new BigDecimal("5052000.00"), DanishAmounts.read("5,052 mio.", ImportField.GRANTED).kroner());
        assertEquals(new BigDecimal("1234567.89"), DanishAmounts.read("1,23456789 mio.", ImportField.GRANTED).kroner());
    }

    @Test
    void everyMessageIsInBothLanguages() {
        for (String cell : List.of("abc", "-5", "0,001", "0324 mio.", "11.063 mio.", "99999999999999999")) {
            RowMessage message = DanishAmounts.read(cell, ImportField.TOTAL).message();
            String danish = message.text(DANISH);
            String english = message.text(Locale.ENGLISH);
            assertTrue(!danish.startsWith("import.") && !english.startsWith("import."), message.key());
            assertTrue(!danish.equals(english), message.key());
        }
    }
}

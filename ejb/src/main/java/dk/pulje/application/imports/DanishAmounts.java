package dk.pulje.application.imports;

/**
 * Reads amounts the way Danish allocation lists write them: {@code 11063000}, {@code 11.063.000}, {@code 11.063.000,00},
 * {@code 11,063 mio.}, {@code 11,063 mio. kroner}, {@code 6 mio. kr.}, {@code 0,5 mio.}; {@code 0324 mio.} is read as
 * 0,324 mio. with a warning.
 */
public final class DanishAmounts {

    private DanishAmounts() {
    }

    /** The cell's amount for this field; {@link AmountReading#EMPTY} for a blank cell. */
    public static AmountReading read(String cell, ImportField field) {
        // Foundation placeholder: helper A (issue 12, reading) writes the parser and its tests.
        throw new UnsupportedOperationException("DanishAmounts.read");
    }
}

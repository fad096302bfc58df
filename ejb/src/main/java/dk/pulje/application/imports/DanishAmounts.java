package dk.pulje.application.imports;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts the way Danish allocation lists write them: {@code 11063000}, {@code 11.063.000}, {@code 11.063.000,00},
 * {@code 11.063.000,-}, {@code 11 063 000}, {@code 11,063 mio.}, {@code 11,063 mio. kroner}, {@code 6 mio. kr.},
 * {@code 0,5 mio.}, {@code 450 t.kr.}, with "kr."/"kroner"/"DKK" before or after; and the plain digits an XLSX number
 * cell gives ({@code 5052000.5}). {@code 0324 mio.} is read as 0,324 mio. with a warning.
 * <p>
 * Unlike {@link dk.pulje.domain.model.money.MoneyInput} (one amount typed into a form, where "not an amount" is enough)
 * this tells the clerk why a cell was refused, row by row, and reads the doubtful spellings a press release or a
 * spreadsheet export produces, warning where it had to choose. It never rounds: an amount with fractions of øre is an
 * error, not a guess.
 */
public final class DanishAmounts {

    /** Longer than any amount anyone writes; a longer cell is not read at all (and is quoted shortened). */
    static final int MAX_LENGTH = 60;
    /** How much of a refused cell a message quotes. */
    static final int QUOTED_LENGTH = 40;

    /** The largest amount a money column holds (numeric(15, 2)): a longer one is a typing error, not a grant. */
    static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Every kind of space a spreadsheet or a word processor puts between digits or before "kr." */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u2009\\u200a\\u202f]+");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(kroner|kr\\.?|dkk)\\s*");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(kroner|kr\\.?|dkk)$");
    private static final Pattern MILLIONS = Pattern.compile("\\s*(mio\\.?|millioner|million|mill\\.?)$");
    private static final Pattern THOUSANDS = Pattern.compile("\\s*(t\\.\\s?kr\\.?|tkr\\.?|tusind)$");

    /** Thousands grouped by dots ({@code 11.063.000}) or spaces ({@code 11 063 000}), optional øre after a comma. */
    private static final Pattern GROUPED = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?: \\d{3})+)(?:,(\\d+|-{1,2}))?");
    /** Plain digits, optional øre after a comma ({@code 11063000}, {@code 11,063}, {@code 500,-}). */
    private static final Pattern PLAIN_COMMA = Pattern.compile("(\\d+)(?:,(\\d+|-{1,2}))?");
    /**
     * Plain digits with a decimal point: what an XLSX number cell holds ({@code 5052000.5}); more than two decimals
     * are fractions of øre and refused. Three digits after a single point with at most three before it
     * ({@code 11.063}) match {@link #GROUPED} first and are thousands, see {@link #read}.
     */
    private static final Pattern PLAIN_POINT = Pattern.compile("(\\d+)\\.(\\d+)");

    private DanishAmounts() {
    }

    /** The cell's amount for this field; {@link AmountReading#EMPTY} for a blank cell. */
    public static AmountReading read(String cell, ImportField field) {
        if (cell == null || SPACES.matcher(cell).replaceAll("").isEmpty()) {
            return AmountReading.EMPTY;
        }
        if (cell.length() > MAX_LENGTH) {
            return notANumber(cell, field);
        }
        String s = SPACES.matcher(cell).replaceAll(" ").strip().toLowerCase(Locale.ROOT).replace('\u2212', '-');
        s = CURRENCY_BEFORE.matcher(s).replaceFirst("");
        BigDecimal factor = BigDecimal.ONE;
        Matcher unit = THOUSANDS.matcher(s); // before the currency: "t.kr." ends in "kr."
        if (unit.find()) {
            factor = THOUSAND;
        } else {
            s = CURRENCY_AFTER.matcher(s).replaceFirst("");
            unit = MILLIONS.matcher(s);
            if (unit.find()) {
                factor = MILLION;
            }
        }
        if (factor != BigDecimal.ONE) {
            s = s.substring(0, unit.start()).strip();
            s = CURRENCY_BEFORE.matcher(s).replaceFirst(""); // "kr. 6 mio."
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1).strip();
        }

        BigDecimal number;
        String warning = null;
        Matcher m;
        if ((m = GROUPED.matcher(s)).matches()) {
            // A single point before exactly three digits ("11.063") is read as grouped thousands, never as a decimal
            // point: Danish lists group thousands with points and write decimals with a comma, and an XLSX number
            // never has three decimals in kroner (that would be fractions of øre and refused anyway). With "mio."
            // though, "11.063 mio." is more likely an English decimal point than 11.063 million: read by the rule,
            // but warn so the clerk checks.
            number = new BigDecimal(m.group(1).replace(".", "").replace(" ", "") + decimals(m.group(2)));
            if (factor == MILLION && m.group(1).matches("\\d{1,3}\\.\\d{3}") && m.group(2) == null) {
                warning = "import.amount.pointBeforeMillions";
            }
        } else if ((m = PLAIN_COMMA.matcher(s)).matches()) {
            String digits = m.group(1);
            if (digits.length() > 1 && digits.startsWith("0") && m.group(2) == null && !digits.matches("0+")) {
                // "0324 mio.": the comma after the 0 was lost (seed 002's press release). Millions or thousands
                // below one are always written "0,…", so the digits after the 0 are the decimals. Without a unit,
                // the leading zero is only a stray character: "0500" is 500 kr. Either way the clerk is told.
                number = factor == BigDecimal.ONE ? new BigDecimal(digits) : new BigDecimal("0." + digits.substring(1));
                warning = "import.amount.leadingZero";
            } else {
                number = new BigDecimal(digits + decimals(m.group(2)));
            }
        } else if ((m = PLAIN_POINT.matcher(s)).matches()) {
            number = new BigDecimal(m.group(1) + "." + m.group(2));
        } else {
            return notANumber(cell, field);
        }

        BigDecimal kroner = number.multiply(factor);
        if (negative && kroner.signum() != 0) {
            return new AmountReading(null, RowMessage.error(field, "import.amount.negative", quoted(cell)));
        }
        if (kroner.stripTrailingZeros().scale() > Money.SCALE) {
            return new AmountReading(null, RowMessage.error(field, "import.amount.fractionOfOere", quoted(cell),
                    kroner.stripTrailingZeros().toPlainString()));
        }
        if (kroner.compareTo(LARGEST) > 0) {
            return new AmountReading(null, RowMessage.error(field, "import.amount.tooLarge", quoted(cell), Money.dkk(LARGEST)));
        }
        BigDecimal exact = kroner.setScale(Money.SCALE);
        return new AmountReading(exact, warning == null ? null
                : RowMessage.warning(field, warning, quoted(cell), Money.dkk(exact)));
    }

    /** ",50" → ".50"; ",-" and ",--" (Danish for "no øre") → "". */
    private static String decimals(String afterComma) {
        return afterComma == null || afterComma.startsWith("-") ? "" : "." + afterComma;
    }

    private static AmountReading notANumber(String cell, ImportField field) {
        return new AmountReading(null, RowMessage.error(field, "import.amount.notANumber", quoted(cell)));
    }

    /**
     * The cell as a message quotes it: control characters shown as "?" (they would break a log line or a table) and
     * cut to {@value #QUOTED_LENGTH} characters, so that a hostile 5.000-character cell does not flood the report.
     * Escaping for HTML is the view's job.
     */
    static String quoted(String cell) {
        String visible = cell.strip().replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= QUOTED_LENGTH ? visible : visible.substring(0, QUOTED_LENGTH) + "…";
    }
}

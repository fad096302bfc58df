package dk.pulje.domain.model.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount the way a Danish clerk types it: {@code 1.234.567,50}, {@code 1234567}, {@code 1,5 mio.},
 * {@code 450 t.kr.}, {@code 2.000.000 kr.}. The counterpart of {@link MoneyFormat}: what MoneyFormat writes in Danish,
 * this reads back. Anything else is not an amount (empty), never a guess: {@code 1.5} (a dot with fewer than three
 * digits after it) is refused rather than read as 15 or as 1,5.
 * <p>
 * Dots group thousands and a comma separates the øre, as in Danish; spaces (also no-break spaces) may group thousands
 * too. "mio."/"million(er)" multiplies by a million, "t."/"tkr."/"tusind" by a thousand; "kr."/"DKK" may stand before or after.
 */
public final class MoneyInput {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** A sign, digits grouped by dots or spaces (or not at all), and an optional comma with decimals. */
    private static final Pattern NUMBER = Pattern.compile("(-)?(\\d{1,3}(?:[. ]\\d{3})+|\\d+)(?:,(\\d+))?");

    private MoneyInput() {
    }

    /** The amount in the text, in kroner; empty when the text is blank or not an amount. */
    public static Optional<Money> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replace('\u00a0', ' ').replace('\u2212', '-').strip().toLowerCase(Locale.ROOT);
        s = s.replaceAll("^(kr\\.?|dkk)\\s*", "").replaceAll("\\s*(kr\\.?|dkk)$", "").strip();
        BigDecimal factor = BigDecimal.ONE;
        Matcher unit = Pattern.compile("\\s*(mio\\.?|millioner|million|mill\\.?|t\\.?\\s?kr\\.?|tkr\\.?|t\\.?|tusind)$").matcher(s);
        if (unit.find()) {
            factor = unit.group(1).startsWith("mi") ? MILLION : THOUSAND;
            s = s.substring(0, unit.start()).strip();
        }
        Matcher number = NUMBER.matcher(s);
        if (s.isEmpty() || !number.matches()) {
            return Optional.empty();
        }
        String digits = number.group(2).replace(".", "").replace(" ", "");
        String decimals = number.group(3);
        BigDecimal value = new BigDecimal(decimals == null ? digits : digits + "." + decimals).multiply(factor);
        if (number.group(1) != null) {
            value = value.negate();
        }
        if (value.stripTrailingZeros().scale() > Money.SCALE) {
            return Optional.empty(); // fractions of øre: a typing error, not something to round away
        }
        return Optional.of(Money.dkk(value));
    }
}

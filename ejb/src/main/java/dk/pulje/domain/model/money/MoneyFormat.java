package dk.pulje.domain.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one place where amounts, millions and shares become text, the Danish way or the English way.
 * <ul>
 *   <li>Danish: {@code 11.063.000 kr.}, {@code 1.234,50 kr.}, {@code 11,063 mio. kr.}, {@code 49,4 %}</li>
 *   <li>English: {@code DKK 11,063,000}, {@code DKK 1,234.50}, {@code DKK 11.063 million}, {@code 49.4 %}</li>
 * </ul>
 * Øre are shown only when there are any, as Danish grant letters do. Symbols are set explicitly rather than taken
 * from the JDK's locale data, whose minus signs and spaces differ between versions.
 */
public final class MoneyFormat {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** U+00A0: keeps "%" on the line of its number. */
    public static final char NO_BREAK_SPACE = '\u00a0';

    private final boolean danish;
    private final DecimalFormatSymbols symbols;

    private MoneyFormat(boolean danish) {
        this.danish = danish;
        this.symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(danish ? '.' : ',');
        symbols.setDecimalSeparator(danish ? ',' : '.');
        symbols.setMinusSign('-');
    }

    /** Danish for any Danish locale and for everything Pulje does not speak; English for English. */
    public static MoneyFormat forLocale(Locale locale) {
        return new MoneyFormat(locale == null || !"en".equals(locale.getLanguage()));
    }

    public static MoneyFormat danish() {
        return new MoneyFormat(true);
    }

    public static MoneyFormat english() {
        return new MoneyFormat(false);
    }

    /** {@code 11.063.000 kr.} / {@code DKK 11,063,000}. */
    public String amount(Money money) {
        BigDecimal value = money.amount();
        boolean wholeKroner = value.remainder(BigDecimal.ONE).signum() == 0;
        String number = number(value, wholeKroner ? 0 : 2, wholeKroner ? 0 : 2);
        return withCurrency(number, false);
    }

    /** {@code 11,063 mio. kr.} / {@code DKK 11.063 million}: at most three decimals, trailing zeros dropped. */
    public String millions(Money money) {
        BigDecimal value = money.amount().divide(MILLION, 3, RoundingMode.HALF_UP);
        return withCurrency(number(value, 0, 3), true);
    }

    /**
     * A share such as 0.4938 as {@code 49,4 %} / {@code 49.4 %}: always one decimal, so that shares side by side read
     * alike ("75,0 %" beside "75,1 %", never "75 %"), and a no-break space before the sign, so that a line never breaks
     * between the number and "%". The same rule in both languages (the English style guides of the EU institutions
     * also space the sign).
     */
    public String percent(BigDecimal share) {
        return number(share.multiply(HUNDRED), 1, 1) + NO_BREAK_SPACE + "%";
    }

    /**
     * A share with two decimals, {@code 68,95 %}: where a difference in points is shown beside it (the round
     * dashboard), one decimal would make "69,0 % against 80,0 %" read as 11,0 points when it is 11,05.
     */
    public String percentPrecise(BigDecimal share) {
        return number(share.multiply(HUNDRED), 2, 2) + NO_BREAK_SPACE + "%";
    }

    /** A difference of two shares, signed, two decimals: {@code -11,05 procentpoint} / {@code +11.05 percentage points}. */
    public String points(BigDecimal difference) {
        return signed(difference, number(difference.abs().multiply(HUNDRED), 2, 2))
                + NO_BREAK_SPACE + (danish ? "procentpoint" : "percentage points");
    }

    /** A difference of two amounts, signed: {@code -2.168.000 kr.} / {@code +DKK 2,212,000}; zero has no sign. */
    public String signedAmount(Money difference) {
        return signed(difference.amount(), amount(Money.dkk(difference.amount().abs())));
    }

    private static String signed(BigDecimal value, String absolute) {
        return (value.signum() < 0 ? "-" : value.signum() > 0 ? "+" : "") + absolute;
    }

    /** An amount in kroner that may be negative (a margin), signed: {@code -250 kr.}, {@code +1.125 kr.}, {@code 0 kr.}. */
    public String signedAmount(BigDecimal kroner) {
        return signedAmount(Money.dkk(kroner.setScale(Money.SCALE, RoundingMode.UNNECESSARY)));
    }

    private String number(BigDecimal value, int minFraction, int maxFraction) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minFraction);
        format.setMaximumFractionDigits(maxFraction);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** Money is in kroner only ({@link Money#of} refuses anything else), so the unit is always "kr." / "DKK". */
    private String withCurrency(String number, boolean millions) {
        if (danish) {
            return millions ? number + " mio. kr." : number + " kr.";
        }
        return millions ? "DKK " + number + " million" : "DKK " + number;
    }
}

package dk.pulje.domain.model.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyFormatTest {

    private final MoneyFormat da = MoneyFormat.danish();
    private final MoneyFormat en = MoneyFormat.english();

    @Test
    void danishAmountsUseDotsForThousandsAndKr() {
        assertEquals("11.063.000 kr.", da.amount(Money.dkk("11063000")));
        assertEquals("457.000 kr.", da.amount(Money.dkk("457000.00")));
        assertEquals("0 kr.", da.amount(Money.dkk("0")));
    }

    @Test
    void oereAreShownOnlyWhenThereAreAny() {
        assertEquals("1.234,50 kr.", da.amount(Money.dkk("1234.5")));
        assertEquals("0,05 kr.", da.amount(Money.dkk("0.05")));
        assertEquals("DKK 1,234.50", en.amount(Money.dkk("1234.5")));
    }

    @Test
    void negativeAmountsKeepAPlainMinus() {
        assertEquals("-5.063.000 kr.", da.amount(Money.dkk("-5063000")));
        assertEquals("DKK -5,063,000", en.amount(Money.dkk("-5063000")));
    }

    @Test
    void danishMillionsAsInGrantLetters() {
        assertEquals("11,063 mio. kr.", da.millions(Money.dkk("11063000")));
        assertEquals("0,457 mio. kr.", da.millions(Money.dkk("457000")));
        assertEquals("6 mio. kr.", da.millions(Money.dkk("6000000")));
        assertEquals("2,7 mio. kr.", da.millions(Money.dkk("2700000")));
        // Rounded half up to the thousand kroner for display only.
        assertEquals("1,235 mio. kr.", da.millions(Money.dkk("1234500")));
    }

    @Test
    void englishAmountsAndMillions() {
        assertEquals("DKK 11,063,000", en.amount(Money.dkk("11063000")));
        assertEquals("DKK 11.063 million", en.millions(Money.dkk("11063000")));
        assertEquals("DKK 0.457 million", en.millions(Money.dkk("457000")));
    }

    @Test
    void percentagesTheDanishAndTheEnglishWay() {
        assertEquals("49,4\u00a0%", da.percent(new BigDecimal("0.4938")));
        assertEquals("49.4\u00a0%", en.percent(new BigDecimal("0.4938")));
    }

    @Test
    void everyShareHasOneDecimalSoThatSharesSideBySideReadAlike() {
        assertEquals("75,0\u00a0%", da.percent(new BigDecimal("0.75")), "never 75 % beside 75,1 %");
        assertEquals("75,1\u00a0%", da.percent(new BigDecimal("0.7512")));
        assertEquals("69,0\u00a0%", da.percent(new BigDecimal("0.69")));
        assertEquals("80.0\u00a0%", en.percent(new BigDecimal("0.80")));
        assertEquals("0,0\u00a0%", da.percent(BigDecimal.ZERO));
        assertEquals("100,0\u00a0%", da.percent(BigDecimal.ONE));
    }

    @Test
    void theSignNeverBreaksAwayFromItsNumber() {
        for (MoneyFormat format : new MoneyFormat[] {da, en}) {
            String share = format.percent(new BigDecimal("0.311"));
            assertEquals(-1, share.indexOf(' '), "no breaking space in " + share);
            assertEquals(MoneyFormat.NO_BREAK_SPACE, share.charAt(share.length() - 2));
        }
    }

    @Test
    void localeChoosesTheFormat() {
        assertEquals("1.000 kr.", MoneyFormat.forLocale(new Locale("da", "DK")).amount(Money.dkk("1000")));
        assertEquals("DKK 1,000", MoneyFormat.forLocale(Locale.ENGLISH).amount(Money.dkk("1000")));
        assertEquals("1.000 kr.", MoneyFormat.forLocale(null).amount(Money.dkk("1000")));
    }

    @Test
    void preciseSharesPointsAndSignedAmountsForTheRoundDashboard() {
        assertEquals("68,95\u00a0%", da.percentPrecise(new BigDecimal("0.6895")));
        assertEquals("31.05\u00a0%", en.percentPrecise(new BigDecimal("0.3105")));
        assertEquals("-11,05\u00a0procentpoint", da.points(new BigDecimal("-0.1105")));
        assertEquals("+11.05\u00a0percentage points", en.points(new BigDecimal("0.1105")));
        assertEquals("0,00\u00a0procentpoint", da.points(BigDecimal.ZERO));
        assertEquals("-2.168.000 kr.", da.signedAmount(Money.dkk("-2168000")));
        assertEquals("+2.212.000 kr.", da.signedAmount(Money.dkk("2212000")));
        assertEquals("+DKK 44,000", en.signedAmount(Money.dkk("44000")));
        assertEquals("0 kr.", da.signedAmount(Money.zero(Money.DKK)));
    }

    @Test
    void marginsAndPreciseSharesOfTheCoFinancingDashboard() {
        String nbsp = String.valueOf(MoneyFormat.NO_BREAK_SPACE);
        assertEquals("26,17" + nbsp + "%", da.percentPrecise(new BigDecimal("0.2617")));
        assertEquals("75.10" + nbsp + "%", en.percentPrecise(new BigDecimal("0.7510")));
        assertEquals("-0,04" + nbsp + "procentpoint", da.points(new BigDecimal("-0.000363")));
        assertEquals("+1.50" + nbsp + "percentage points", en.points(new BigDecimal("0.015")));
        assertEquals("-250 kr.", da.signedAmount(new BigDecimal("-250.00")));
        assertEquals("+270.500 kr.", da.signedAmount(new BigDecimal("270500")));
        assertEquals("0 kr.", da.signedAmount(BigDecimal.ZERO));
    }
}

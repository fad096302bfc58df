package dk.pulje.web.support;

import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyFormat;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.web.i18n.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/**
 * Amounts, totals, shares and dates as text in the reader's language, for views: {@code #{fmt.amount(p.totalSum)}}.
 * All money goes through {@link MoneyFormat}; an unknown amount reads "ikke oplyst" / "not stated", never 0.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    /** The views' message bundle, also declared in faces-config.xml as {@code msg}. */
    public static final String BUNDLE = "dk.pulje.web.i18n.messages";

    @Inject
    private LocaleBacking localeBacking;

    private MoneyFormat moneyFormat() {
        return MoneyFormat.forLocale(localeBacking.getLocale());
    }

    public String amount(Money money) {
        return money == null ? text("money.unknown") : moneyFormat().amount(money);
    }

    public String millions(Money money) {
        return money == null ? text("money.unknown") : moneyFormat().millions(money);
    }

    /** The sum of the known amounts, or "not stated" when none was known. */
    public String total(MoneyTotal total) {
        return total == null || total.isUnknown() ? text("money.unknown") : moneyFormat().amount(total.sum());
    }

    /**
     * Like {@link #total}, but a total over nothing at all (a round without applications) is 0 kr.: there is nothing
     * that was not stated.
     */
    public String sum(MoneyTotal total) {
        return total != null && total.known() == 0 && total.unknown() == 0 ? moneyFormat().amount(total.sum()) : total(total);
    }

    public String totalMillions(MoneyTotal total) {
        return total == null || total.isUnknown() ? "" : moneyFormat().millions(total.sum());
    }

    /** "2 beløb ikke oplyst" when some amounts in a total were unknown; empty when all were known. */
    public String unknownNote(MoneyTotal total) {
        if (total == null || total.unknown() == 0) {
            return "";
        }
        return MessageFormat.format(text("money.unknownCount"), total.unknown());
    }

    public String percent(BigDecimal share) {
        return share == null ? text("money.unknown") : moneyFormat().percent(share);
    }

    public String date(LocalDate date) {
        return date == null ? text("date.unknown")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeBacking.getLocale()).format(date);
    }

    /** "1. januar 2024 – 31. december 2025"; one unknown end reads "ikke oplyst", both unknown read so once. */
    public String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return text("date.unknown");
        }
        return date(start) + " – " + date(end);
    }

    /** "november 2026" / "November 2026": a month of the money dashboard (issue 11). */
    public String month(java.time.YearMonth month) {
        return month == null ? text("date.unknown")
                : DateTimeFormatter.ofPattern("LLLL yyyy", localeBacking.getLocale()).format(month);
    }

    /** "20. november 2026 14.05" / "November 20, 2026, 2:05 PM", in Danish time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(localeBacking.getLocale()).withZone(Clocks.DANISH_TIME).format(instant);
    }

    /** "26.11.2026 14.05" / "11/26/26, 2:05 PM", in Danish time: for a table column, where the long form wraps. */
    public String shortDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
                .withLocale(localeBacking.getLocale()).withZone(Clocks.DANISH_TIME).format(instant);
    }

    /** An enum constant's label from the bundle ({@code enum.ProjectStatus.GRANTED}), or its name if it has none. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, localeBacking.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    /** Any value a history line may hold: money, a date, an enum, text; nothing reads as a dash. */
    public String value(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Money money) {
            return amount(money);
        }
        if (value instanceof LocalDate day) {
            return date(day);
        }
        if (value instanceof Enum<?> constant) {
            return label(constant);
        }
        return value.toString();
    }

    /** "AI, Grøn omstilling". */
    public String join(java.util.Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** "mål 80,0 %, faktisk 69,0 %" for a sub-pool. */
    public String target(BigDecimal targetShare, BigDecimal actualShare) {
        return MessageFormat.format(text("home.card.subPoolTarget"), percent(targetShare), percent(actualShare));
    }

    /** "3,612 mio. kr. under målet" for a sub-pool below its target; empty when it is not (or cannot be told). */
    public String shortfall(dk.pulje.application.portfolio.SubPoolOutcome pool, MoneyTotal roundGranted) {
        Money shortfall = pool == null ? null : pool.shortfall(roundGranted);
        return shortfall == null ? "" : MessageFormat.format(text("home.card.belowTarget"), millions(shortfall));
    }

    /** Issue 11 (compare): a signed difference in kroner, "+1.250.000 kr."; unknown reads "ikke oplyst". */
    public String difference(Money difference) {
        return signedAmount(difference);
    }

    /** Issue 11 (compare): a signed count, "+3", "0", "-2". */
    public String signed(long count) {
        return count > 0 ? "+" + count : Long.toString(count);
    }

    // The round dashboard (issue 11): shares beside their difference in points, and signed differences.

    /** "68,95 %": two decimals, where a difference in points stands beside the share. */
    public String percentPrecise(BigDecimal share) {
        return share == null ? text("money.unknown") : moneyFormat().percentPrecise(share);
    }

    /** "-11,05 procentpoint". */
    public String points(BigDecimal difference) {
        return difference == null ? text("money.unknown") : moneyFormat().points(difference);
    }

    /** "+2.212.000 kr.". */
    public String signedAmount(Money difference) {
        return difference == null ? text("money.unknown") : moneyFormat().signedAmount(difference);
    }

    // --- issue 11, distribution and co-financing dashboards ---------------------------------------------------------

    /** A margin in points where a rule judged the project ("-0,04 procentpoint"); empty where none did. */
    public String marginPoints(BigDecimal fraction) {
        return fraction == null ? "" : moneyFormat().points(fraction);
    }

    /** A margin in kroner, signed ("-250 kr.", "+270.500 kr."); empty when not known. */
    public String margin(BigDecimal kroner) {
        return kroner == null ? "" : moneyFormat().signedAmount(kroner);
    }

    /** "mindst 25,0 % af projektsummen, tolerance ± 1.125 kr." for a co-financing rule; "Intet krav" for none. */
    public String rule(dk.pulje.domain.model.fund.OwnFinancingRule rule) {
        if (rule == null) {
            return text("dashboard.cofinancing.noRule");
        }
        String share = rule.threshold() == null
                ? MessageFormat.format(text("dashboard.cofinancing.rule.share"), percent(rule.minimumShare()))
                : MessageFormat.format(text("dashboard.cofinancing.rule.shareAbove"), percent(rule.minimumShare()),
                amount(rule.threshold()));
        String tolerance = rule.tolerance().isZero() ? text("dashboard.cofinancing.noTolerance")
                : MessageFormat.format(text("dashboard.cofinancing.tolerance.value"), amount(rule.tolerance()));
        return share + ", " + tolerance;
    }

    /** "Medfinansiering 172.000 kr. (24,96 %); margin -250 kr. (-0,04 procentpoint)"; empty when not judged. */
    public String ruleMargin(dk.pulje.domain.model.fund.CofinancingMargin margin) {
        if (margin == null || margin.margin() == null) {
            return "";
        }
        return MessageFormat.format(text("project.view.financing.ruleMargin.value"), amount(margin.cofinancing()),
                percentPrecise(margin.share()), margin(margin.margin()), points(margin.marginPoints()));
    }

    private String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, localeBacking.getLocale()).getString(key);
    }
}

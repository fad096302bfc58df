package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.ApiShare;

import dk.pulje.application.dashboard.ComparedDifference;
import dk.pulje.application.dashboard.ComparedFigures;
import dk.pulje.application.dashboard.Comparison;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code GET /api/v1/compare} as JSON: amounts as strings with two decimals ("19944000.00"), shares and points as
 * strings with four ("0.4938"), so that no client reads them as floating point. A sum of which nothing was known is
 * absent (null) and its {@code …Unknown} count says how many amounts were not stated.
 */
public record CompareJson(String kind, List<Column> columns) {

    static CompareJson of(Comparison comparison) {
        return new CompareJson(comparison.kind().name(), comparison.columns().stream()
                .map(c -> Column.of(c.figures(), c.difference())).toList());
    }

    /** One round or fund; {@code difference} is to the first column and absent for the first itself. */
    public record Column(long id, String label, String fund, long projects, @ApiAmount String envelope, @ApiAmount String applied,
                         long appliedUnknown, @ApiAmount String granted, long grantedUnknown, @ApiAmount String paid, @ApiAmount String total,
                         long totalUnknown, @ApiShare String supportShare, @ApiShare String cofinancingRatio, Difference difference) {

        static Column of(ComparedFigures f, ComparedDifference d) {
            return new Column(f.id(), f.label(), f.fundName(), f.projects(), amount(f.envelope()), sum(f.applied()),
                    f.applied().unknown(), sum(f.granted()), f.granted().unknown(), amount(f.paid()), sum(f.total()),
                    f.total().unknown(), share(f.supportShare()), share(f.cofinancingRatio()),
                    d == null ? null : Difference.of(d));
        }
    }

    /** Kroner as signed amounts, shares as signed points written as fractions ("-0.1105" = −11,05 points). */
    public record Difference(long projects, @ApiAmount String envelope, @ApiAmount String applied, @ApiAmount String granted, @ApiAmount String paid, @ApiAmount String total,
                             @ApiShare String supportSharePoints, @ApiShare String cofinancingPoints) {

        static Difference of(ComparedDifference d) {
            return new Difference(d.projects(), amount(d.envelope()), amount(d.applied()), amount(d.granted()),
                    amount(d.paid()), amount(d.total()), share(d.supportSharePoints()), share(d.cofinancingPoints()));
        }
    }

    static String amount(Money money) {
        return money == null ? null : money.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static String sum(MoneyTotal total) {
        return total.isUnknown() ? null : amount(total.sum());
    }

    static String share(BigDecimal share) {
        return share == null ? null : share.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}

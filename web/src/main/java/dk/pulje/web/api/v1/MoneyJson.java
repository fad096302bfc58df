package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.ApiShare;

import dk.pulje.application.dashboard.MoneyFigures;
import dk.pulje.application.dashboard.MonthFigures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code GET /api/v1/money}: paid against granted and the money month by month (amounts in DKK as strings with two
 * decimals, the paid share as a string with four). Each month: {@code month} ("2026-11"), {@code paid} (paid in it)
 * and {@code planned} (planned in it and not yet paid; "0.00" for months before this one, whose unpaid tranches are in
 * {@code overdue}).
 */
public record MoneyJson(LocalDate today, long grants, @ApiAmount String granted, @ApiAmount String paid, @ApiShare String paidShare, @ApiAmount String planned,
                        @ApiAmount String unplanned, @ApiAmount String overdue, @ApiAmount String undated, String currency, List<Month> months) {

    public record Month(String month, @ApiAmount String paid, @ApiAmount String planned) {
    }

    static MoneyJson of(MoneyFigures f) {
        YearMonth thisMonth = YearMonth.from(f.today());
        return new MoneyJson(f.today(), f.grants(), ApiValues.amount(f.granted().amount()),
                ApiValues.amount(f.paid().amount()), ApiValues.share(f.paidShare()),
                ApiValues.amount(f.planned().amount()), ApiValues.amount(f.unplanned().amount()),
                ApiValues.amount(f.overdue().amount()), ApiValues.amount(f.undated().amount()), "DKK",
                f.months().stream().map(m -> month(m, thisMonth)).toList());
    }

    private static Month month(MonthFigures m, YearMonth thisMonth) {
        return new Month(m.month().toString(), ApiValues.amount(m.paid().amount()),
                ApiValues.amount(m.planned().amount()));
    }
}

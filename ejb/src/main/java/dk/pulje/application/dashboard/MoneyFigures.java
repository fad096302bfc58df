package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Paid against granted over the caller's (filtered) portfolio, and the money month by month (issue 11, Q4).
 *
 * @param grants    the number of decided grants summed
 * @param paidShare Σ paid ÷ Σ granted (0.2500 = 25 %), null when nothing is granted
 * @param unplanned granted but not yet planned in tranches (Σ per grant of granted − planned, never below zero)
 * @param overdue   tranches planned before today and not paid
 * @param undated   tranches not paid and without a planned date (in no month)
 * @param months    the last {@link MoneyQueries#MONTHS_BACK} months' payments and the next {@link MoneyQueries#MONTHS_AHEAD}
 *                  months' plan, this month in both, every month present
 */
public record MoneyFigures(LocalDate today, long grants, Money granted, Money paid, BigDecimal paidShare, Money planned,
                           Money unplanned, Money overdue, Money undated, List<MonthFigures> months) {

    public MoneyFigures {
        months = List.copyOf(months);
    }
}

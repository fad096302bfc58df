package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.time.YearMonth;

/**
 * One month of the money dashboard: what was paid in it, and what is planned in it and not yet paid (zero for months
 * before this one, whose unpaid tranches are overdue instead).
 */
public record MonthFigures(YearMonth month, Money paid, Money planned) {

    /** Is this month today's or later (a month of the plan)? */
    public boolean ahead(YearMonth thisMonth) {
        return !month.isBefore(thisMonth);
    }
}

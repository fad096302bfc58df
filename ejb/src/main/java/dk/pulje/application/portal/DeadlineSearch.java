package dk.pulje.application.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A page of the administrators' "due and overdue" board.
 *
 * @param days   how far ahead to look: due within this many days from today, or overdue
 * @param kind   one kind only, or null for all three
 * @param fundId one of the caller's funds, or null for all of them
 */
public record DeadlineSearch(@Min(0) @Max(MAX_DAYS) int days, DeadlineKind kind, Long fundId, boolean overdueOnly,
                             @NotNull DeadlineSort sort, boolean ascending, @Min(0) int first,
                             @Min(1) @Max(500) int pageSize) {

    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public static DeadlineSearch firstPage(int pageSize) {
        return new DeadlineSearch(DEFAULT_DAYS, null, null, false, DeadlineSort.DUE_DATE, true, 0, pageSize);
    }

    public DeadlineSearch page(int newFirst, int newPageSize) {
        return new DeadlineSearch(days, kind, fundId, overdueOnly, sort, ascending, newFirst, newPageSize);
    }

    public DeadlineSearch sortedBy(DeadlineSort newSort, boolean newAscending) {
        return new DeadlineSearch(days, kind, fundId, overdueOnly, newSort, newAscending, first, pageSize);
    }

    public DeadlineSearch filtered(int newDays, DeadlineKind newKind, Long newFundId, boolean newOverdueOnly) {
        return new DeadlineSearch(newDays, newKind, newFundId, newOverdueOnly, sort, ascending, first, pageSize);
    }
}

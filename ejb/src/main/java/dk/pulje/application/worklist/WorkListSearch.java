package dk.pulje.application.worklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A page of a work list: optional filters, one sort column of the list's own closed set, and the window to fetch.
 *
 * @param fundId one of the caller's funds, or null for all of them
 * @param text   part of the project's title, any case
 * @param due    overdue, coming or both (the list of grants not fully planned has no dates and ignores it)
 * @param first  index of the first row (0-based)
 */
public record WorkListSearch<S extends Enum<S> & WorkListSort>(Long fundId, @Size(max = MAX_TEXT) String text,
                                                                @NotNull Due due, @NotNull S sort, boolean ascending,
                                                                @Min(0) int first, @Min(1) @Max(500) int pageSize) {

    /** The longest title text a search takes; a longer one is refused, not cut. */
    public static final int MAX_TEXT = 200;

    /** The first page of a list in its default order. */
    public static <S extends Enum<S> & WorkListSort> WorkListSearch<S> firstPage(S sort, boolean ascending, int pageSize) {
        return new WorkListSearch<>(null, null, Due.ALL, sort, ascending, 0, pageSize);
    }

    public WorkListSearch<S> withFund(Long newFundId) {
        return new WorkListSearch<>(newFundId, text, due, sort, ascending, first, pageSize);
    }

    public WorkListSearch<S> withText(String newText) {
        return new WorkListSearch<>(fundId, newText, due, sort, ascending, first, pageSize);
    }

    public WorkListSearch<S> withDue(Due newDue) {
        return new WorkListSearch<>(fundId, text, newDue == null ? Due.ALL : newDue, sort, ascending, first, pageSize);
    }

    public WorkListSearch<S> sortedBy(S newSort, boolean newAscending) {
        return new WorkListSearch<>(fundId, text, due, newSort, newAscending, first, pageSize);
    }

    public WorkListSearch<S> page(int newFirst, int newPageSize) {
        return new WorkListSearch<>(fundId, text, due, sort, ascending, newFirst, newPageSize);
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDrillDown;
import dk.pulje.application.project.ProjectPosition;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSort;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.web.api.v1.support.Cursor;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Map;

/**
 * {@code GET /api/v1/projects}'s query: the filters {@code fund, round, town, theme, status, organisation, q}, the
 * {@code sort} ({@code id} by default; a name from {@link #SORTS}, {@code -} before it for descending) and the
 * keyset cursor. Filters mean what the dashboards' drill-down means ({@code town} exactly, {@code organisation}
 * as owner or partner, {@code q} part of the title in any case). Anything that does not parse, a filter given twice,
 * an unknown sort or a cursor of another sort is 400, never guessed at.
 */
record ProjectQuery(ProjectSearch search, String sortName, ProjectPosition after) {

    /** The API's sort names and the columns they sort on. */
    static final Map<String, ProjectSort> SORTS = Map.of(
            "id", ProjectSort.ID,
            "title", ProjectSort.TITLE,
            "fund", ProjectSort.FUND,
            "round", ProjectSort.ROUND,
            "owner", ProjectSort.OWNER,
            "town", ProjectSort.TOWN,
            "status", ProjectSort.STATUS,
            "totalSum", ProjectSort.TOTAL,
            "granted", ProjectSort.GRANTED,
            "startDate", ProjectSort.START_DATE);

    private static final int TEXT_MAX = ProjectSearch.MAX_TEXT;
    private static final int TOWN_MAX = ProjectSearch.MAX_TOWN;

    static ProjectQuery of(MultivaluedMap<String, String> query, int limit, Cursor cursor) {
        String sortText = ApiValues.parse(query, "sort", s -> s);
        String sortName = sortText == null ? "id" : sortText.startsWith("-") ? sortText.substring(1) : sortText;
        boolean ascending = sortText == null || !sortText.startsWith("-");
        ProjectSort sort = SORTS.get(sortName);
        if (sort == null) {
            throw new BadRequestException();
        }
        ProjectDrillDown drill = new ProjectDrillDown(
                ApiValues.parse(query, "round", Long::valueOf), null,
                ApiValues.parse(query, "theme", Long::valueOf),
                ApiValues.parse(query, "town", s -> limited(s, TOWN_MAX)), null, null,
                ApiValues.parse(query, "organisation", Long::valueOf));
        ProjectSearch search = new ProjectSearch(ApiValues.parse(query, "q", s -> limited(s, TEXT_MAX)),
                ApiValues.parse(query, "fund", Long::valueOf), null, ApiValues.parse(query, "status", ProjectStatus::valueOf),
                sort, ascending, 0, limit, drill);
        return new ProjectQuery(search, sortName, position(cursor, sortName, sort, ascending));
    }

    /** The cursor's position, when it was made for this sort and direction; 400 otherwise. */
    private static ProjectPosition position(Cursor cursor, String sortName, ProjectSort sort, boolean ascending) {
        if (cursor == null) {
            return null;
        }
        if (!cursor.sort().equals(sortName) || cursor.ascending() != ascending) {
            throw new BadRequestException();
        }
        try {
            return ProjectPosition.of(sort, cursor.key(), cursor.id());
        } catch (RuntimeException e) { // a key that is not one of the sort's (DateTimeParseException, NumberFormatException …)
            throw new BadRequestException();
        }
    }

    /** The cursor that continues after a page ending at {@code next}. */
    Cursor cursorAfter(ProjectPosition next) {
        return next == null ? null
                : new Cursor(sortName, search.ascending(), next.id(), next.sort() == ProjectSort.ID ? null : next.keyText());
    }

    private static String limited(String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException("too long");
        }
        return text;
    }
}

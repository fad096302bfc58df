package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSort;
import dk.pulje.domain.model.project.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translation from the data table's state to a database search. */
class ProjectLazyDataModelTest {

    private final ProjectSearch base = ProjectSearch.firstPage(25);

    @Test
    void columnFiltersBecomeSearchCriteria() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put("title", filter("title", "  grøn "));
        filters.put("town", filter("town", "Randers"));
        filters.put("fundName", filter("fundName", "7"));
        filters.put("status", filter("status", ProjectStatus.GRANTED));
        ProjectSearch search = ProjectLazyDataModel.filtered(base, filters);
        assertEquals("grøn", search.text());
        assertEquals("Randers", search.town());
        assertEquals(7L, search.fundId());
        assertEquals(ProjectStatus.GRANTED, search.status());
    }

    @Test
    void emptyAndMalformedFilterValuesAreIgnoredNotGuessed() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put("title", filter("title", "   "));
        filters.put("fundName", filter("fundName", "not-a-number"));
        filters.put("status", filter("status", "NO_SUCH_STATUS"));
        filters.put("ownerName", filter("ownerName", "x"));
        ProjectSearch search = ProjectLazyDataModel.filtered(base, filters);
        assertNull(search.text());
        assertNull(search.fundId());
        assertNull(search.status());
    }

    @Test
    void theSortedColumnMapsToAClosedSortSet() {
        ProjectSearch byGrant = ProjectLazyDataModel.sorted(base, Map.of("granted", sort("granted", SortOrder.DESCENDING)));
        assertEquals(ProjectSort.GRANTED, byGrant.sort());
        assertFalse(byGrant.ascending());

        ProjectSearch byTown = ProjectLazyDataModel.sorted(base, Map.of("town", sort("town", SortOrder.ASCENDING)));
        assertEquals(ProjectSort.TOWN, byTown.sort());
        assertTrue(byTown.ascending());

        ProjectSearch unknownField = ProjectLazyDataModel.sorted(base, Map.of("x", sort("drop table", SortOrder.ASCENDING)));
        assertEquals(ProjectSort.TITLE, unknownField.sort(), "anything unknown sorts by title");
    }

    @Test
    void unsortedKeepsTheDefault() {
        ProjectSearch search = ProjectLazyDataModel.sorted(base, Map.of("town", sort("town", SortOrder.UNSORTED)));
        assertEquals(base, search);
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }
}

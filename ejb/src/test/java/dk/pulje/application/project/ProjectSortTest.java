package dk.pulje.application.project;

import dk.pulje.domain.model.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectSortTest {

    @Test
    void afterAKeyComeGreaterKeysTheSameKeyWithAGreaterIdThenEveryUnknown() {
        assertEquals(" (p.startDate > :seekKey or (p.startDate = :seekKey and p.id > :seekId) or p.startDate is null) ",
                ProjectSort.START_DATE.seek(true, false));
        assertEquals(" (p.startDate < :seekKey or (p.startDate = :seekKey and p.id < :seekId) or p.startDate is null) ",
                ProjectSort.START_DATE.seek(false, false));
    }

    @Test
    void afterAnUnknownComeOnlyUnknownsWithAGreaterId() {
        assertEquals(" (g.granted.amount is null and p.id > :seekId) ", ProjectSort.GRANTED.seek(true, true));
        assertEquals(" (g.granted.amount is null and p.id < :seekId) ", ProjectSort.GRANTED.seek(false, true));
    }

    @Test
    void aColumnThatIsNeverNullHasNoNullBranch() {
        assertEquals(" (lower(p.title) > :seekKey or (lower(p.title) = :seekKey and p.id > :seekId)) ",
                ProjectSort.TITLE.seek(true, false));
        assertEquals(" (p.id < :seekId) ", ProjectSort.ID.seek(false, false));
    }

    @Test
    void theOrderMatchesTheSeekNullsLastInBothDirections() {
        assertEquals("p.startDate desc nulls last, p.id desc", ProjectSort.START_DATE.orderBy(false));
        assertEquals("p.id asc", ProjectSort.ID.orderBy(true));
    }

    @Test
    void positionsReadTheirKeysBackTyped() {
        assertEquals(new BigDecimal("1234.50"), ProjectPosition.of(ProjectSort.GRANTED, "1234.50", 3).key());
        assertEquals(LocalDate.of(2025, 1, 31), ProjectPosition.of(ProjectSort.START_DATE, "2025-01-31", 3).key());
        assertEquals(ProjectStatus.ACTIVE, ProjectPosition.of(ProjectSort.STATUS, "ACTIVE", 3).key());
        assertEquals("2025-01-31", ProjectPosition.of(ProjectSort.START_DATE, "2025-01-31", 3).keyText());
        assertEquals(null, ProjectPosition.of(ProjectSort.GRANTED, null, 3).key());
    }

    @Test
    void aKeyThatIsNotOneOfTheSortsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProjectPosition.of(ProjectSort.GRANTED, "lots", 3));
        assertThrows(RuntimeException.class, () -> ProjectPosition.of(ProjectSort.START_DATE, "2025-13-01", 3));
        assertThrows(IllegalArgumentException.class, () -> ProjectPosition.of(ProjectSort.STATUS, "PAID", 3));
        assertThrows(IllegalArgumentException.class, () -> ProjectPosition.of(ProjectSort.TITLE, null, 3),
                "a title is never unknown");
    }
}

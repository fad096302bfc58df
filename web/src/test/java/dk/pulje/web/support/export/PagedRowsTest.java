package dk.pulje.web.support.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagedRowsTest {

    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 7).boxed().toList();

    @Test
    void seekingReadsEachPageAfterTheLastRowOfTheOneBefore() {
        List<Object> positions = new ArrayList<>();
        PagedRows<Integer> rows = PagedRows.seeking((position, size) -> {
            positions.add(position);
            int after = position == null ? 0 : (Integer) position;
            List<Integer> page = ROWS.stream().filter(r -> r > after).limit(size).toList();
            boolean more = ROWS.stream().anyMatch(r -> r > after + size);
            return new PagedRows.Chunk<>(page, more ? page.get(page.size() - 1) : null);
        }, r -> List.of(r), 3);
        List<Object> read = new ArrayList<>();
        rows.forEach(cells -> read.add(cells.get(0)));
        assertEquals(List.<Object>of(1, 2, 3, 4, 5, 6, 7), read);
        assertEquals(java.util.Arrays.asList(null, 3, 6), positions, "one call per page, each after the last row read");
    }

    @Test
    void windowsStillReadByIndexAndStopAtAShortPage() {
        List<Integer> firsts = new ArrayList<>();
        PagedRows<Integer> rows = new PagedRows<>((first, size) -> {
            firsts.add(first);
            return ROWS.subList(Math.min(first, ROWS.size()), Math.min(first + size, ROWS.size()));
        }, r -> List.of(r), 3);
        List<Object> read = new ArrayList<>();
        rows.forEach(cells -> read.add(cells.get(0)));
        assertEquals(List.<Object>of(1, 2, 3, 4, 5, 6, 7), read);
        assertEquals(List.of(0, 3, 6), firsts);
    }
}

package dk.pulje.web.support.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list's export: pages read one at a time, columns from the declaration, and a CSV that a CSV parser reads back. */
class ListExportTest {

    record Row(long id, String title, BigDecimal granted, LocalDate end) {
    }

    private static final ListExport<Row> EXPORT = ListExport.<Row>named("projekter", "Projekter")
            .integer("id", Row::id).text("title", Row::title).money("granted", Row::granted).date("end", Row::end);

    @Test
    void the_whole_list_is_read_page_by_page_never_more_than_one_page_at_once() {
        List<Row> all = IntStream.range(0, 1_201).mapToObj(i -> new Row(i, "P" + i, BigDecimal.valueOf(i), null)).toList();
        List<int[]> windows = new ArrayList<>();
        PagedRows<Row> rows = new PagedRows<>((first, size) -> {
            windows.add(new int[]{first, size});
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }, EXPORT::cells, 500);
        int count = 0;
        for (List<Object> row : rows) {
            assertEquals((long) count, row.get(0));
            count++;
        }
        assertEquals(1_201, count);
        assertEquals(List.of(0, 500, 1000), windows.stream().map(w -> w[0]).toList());
        assertTrue(windows.stream().allMatch(w -> w[1] == 500));
    }

    @Test
    void an_exact_multiple_of_the_page_asks_once_more_and_stops_at_the_empty_page() {
        List<Integer> firsts = new ArrayList<>();
        PagedRows<Row> rows = new PagedRows<>((first, size) -> {
            firsts.add(first);
            return first < 1000 ? IntStream.range(first, first + size).mapToObj(i -> new Row(i, "P", null, null)).toList() : List.of();
        }, EXPORT::cells, 500);
        int count = 0;
        for (List<Object> ignored : rows) {
            count++;
        }
        assertEquals(1000, count);
        assertEquals(List.of(0, 500, 1000), firsts);
    }

    @Test
    void the_csv_reads_back_with_a_csv_parser_neutralised_text_and_danish_numbers() throws IOException {
        List<Row> list = List.of(new Row(1, "=HYPERLINK(\"http://evil.example\";\"klik\")", new BigDecimal("-1234567.50"),
                        LocalDate.of(2026, 6, 30)),
                new Row(2, "Lær; med \"AI\"", null, null));
        ExportTable table = EXPORT.table(key -> key.toUpperCase(), EXPORT.of(list));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableDownload.write(table, ExportFormat.CSV, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get()).getRecords();
        assertEquals(List.of("ID", "TITLE", "GRANTED", "END"), records.get(0).toList());
        assertEquals(List.of("1", "'=HYPERLINK(\"http://evil.example\";\"klik\")", "-1234567,50", "30-06-2026"),
                records.get(1).toList());
        assertEquals(List.of("2", "Lær; med \"AI\"", "", ""), records.get(2).toList());
    }
}

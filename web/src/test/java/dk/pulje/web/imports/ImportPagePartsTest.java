package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportProgress;
import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.RowMessage;
import dk.pulje.application.imports.RowReport;
import dk.pulje.application.imports.RowStatus;
import dk.pulje.web.support.export.ExportTable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The import page's small parts: column letters, the page's choices as reader options, the bar, the report table. */
class ImportPagePartsTest {

    @Test
    void columnsAreNamedAsASpreadsheetNamesThem() {
        assertEquals("A", AllocationImportBacking.columnName(0));
        assertEquals("Z", AllocationImportBacking.columnName(25));
        assertEquals("AA", AllocationImportBacking.columnName(26));
        assertEquals("AZ", AllocationImportBacking.columnName(51));
        assertEquals("BA", AllocationImportBacking.columnName(52));
    }

    @Test
    void automaticLeavesDetectionToTheReaderAndAChoiceIsPassedOn() {
        ReadOptions automatic = UploadedSheet.options(UploadedSheet.AUTOMATIC, UploadedSheet.AUTOMATIC);
        assertNull(automatic.encoding());
        assertNull(automatic.separator());
        ReadOptions chosen = UploadedSheet.options("windows-1252", UploadedSheet.TAB);
        assertEquals("windows-1252", chosen.encoding().name());
        assertEquals('\t', chosen.separator());
        assertEquals(StandardCharsets.UTF_8, UploadedSheet.options("UTF-8", ";").encoding());
        assertEquals(',', UploadedSheet.options(null, ",").separator());
        // A forged choice is no choice: the reader detects.
        assertNull(UploadedSheet.options("x-evil", "|").encoding());
        assertNull(UploadedSheet.options("x-evil", "|").separator());
    }

    @Test
    void theBarRunsThroughCheckingThenStoringAndNeverBackwards() {
        ImportJob job = new ImportJob(10_000);
        assertEquals(0, job.percent());
        job.reached(ImportProgress.Phase.CHECKING, 5_000, 10_000);
        assertEquals(25, job.percent());
        job.reached(ImportProgress.Phase.CHECKING, 10_000, 10_000);
        assertEquals(50, job.percent());
        job.reached(ImportProgress.Phase.STORING, 2_000, 10_000);
        assertEquals(60, job.percent());
        job.reached(ImportProgress.Phase.DONE, 10_000, 10_000);
        assertEquals(100, job.percent());
        assertEquals(false, job.finished(), "not finished before the worker has answered");
    }

    @Test
    void theReportTableHasARowPerRowWithItsMessages() {
        ImportReport report = new ImportReport(1, 2, false, true, List.of(
                new RowReport(2, "k1", "=EuroSkills", RowStatus.CREATED, 10L, List.of()),
                new RowReport(3, "k2", "Ung til ung", RowStatus.UNCHANGED, 11L,
                        List.of(RowMessage.warning(null, "a"), RowMessage.warning(null, "b")))));
        ExportTable table = ImportReportTable.of(report, key -> key, row -> row.status().name(), RowMessage::key);
        assertEquals(5, table.columns().size());
        List<List<Object>> rows = new java.util.ArrayList<>();
        table.rows().forEach(rows::add);
        assertEquals(List.of(2, "=EuroSkills", "CREATED", 10L, ""), rows.get(0));
        assertEquals(List.of(3, "Ung til ung", "UNCHANGED", 11L, "a | b"), rows.get(1));
    }
}

package dk.pulje.application.dashboard;

import java.time.LocalDate;
import java.util.List;

/** A page of overdue reports, with how many there are in all and the day they are overdue on. */
public record OverdueReportPage(LocalDate today, long total, List<OverdueReport> rows) {

    public OverdueReportPage {
        rows = List.copyOf(rows);
    }
}

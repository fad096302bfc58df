package dk.pulje.web.api.v1;

import java.time.LocalDate;

/** The body of {@code POST /v1/projects/{id}/report-obligations}: a report the project must hand in, and by when. */
public record NewReportObligationJson(String type, LocalDate dueDate) {
}

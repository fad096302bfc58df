package dk.pulje.web.api.v1;

import dk.pulje.domain.model.project.ReportType;
import dk.pulje.web.api.v1.support.StrictJson;

import java.time.LocalDate;

/** The body of {@code POST /v1/projects/{id}/report-obligations}: a report the project must hand in, and by when. */
@StrictJson
public record NewReportObligationJson(ReportType type, LocalDate dueDate) {
}

package dk.pulje.web.api.v1;

import java.util.List;

/** A project's report obligations in due-date order. */
public record ReportObligationsJson(long projectId, List<ReportObligationJson> reportObligations) {
}

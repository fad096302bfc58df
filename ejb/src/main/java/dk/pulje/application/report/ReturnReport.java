package dk.pulje.application.report;

import dk.pulje.domain.model.project.ReportSection;

import java.util.Map;

/** The administrator sends a handed-in report back: an overall remark and/or a comment per section. */
public record ReturnReport(long reportId, long expectedVersion, String remark, Map<ReportSection, String> comments) {
}

package dk.pulje.application.report;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.MilestoneStatus;
import dk.pulje.domain.model.project.ReportSection;

import java.time.LocalDate;
import java.util.Map;

/**
 * Everything the grantee's form holds, saved as one change (a draft, or the content handed in with a submit).
 * Maps are keyed by the id of the project's part (budget line, financing line, milestone, result goal), or by
 * section for the texts; a null or missing value clears what the report said about it. A null map leaves that part of
 * the report as it was.
 *
 * @param expectedVersion the report's version the grantee's form was opened at
 * @param accounts        who signs and the declaration; ignored on a progress report (may be null there)
 */
public record SaveReport(long reportId, long expectedVersion, LocalDate periodFrom, LocalDate periodTo,
                         Map<ReportSection, String> texts, Map<Long, Money> spending, Map<Long, Money> cofinancing,
                         Map<Long, MilestoneEntry> milestones, Map<Long, String> goalValues, Signature accounts) {

    public record MilestoneEntry(MilestoneStatus status, String note) {
    }

    public record Signature(String signerName, String signerQualification, boolean declarationConfirmed) {
    }
}

package dk.pulje.domain.model.project;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a report that have text of their own or that a reviewer comments on. The narrative ones are written by
 * the grantee; the others ({@code SPENDING} …) name a part of the form so that a returned report's comment stands
 * beside it. A progress report (status or midway) has the three progress sections; a final report follows
 * Udviklingspuljen's evaluation form; the written account (beretning) belongs to the accounts. Labels:
 * {@code enum.ReportSection.*}.
 */
public enum ReportSection {
    HAPPENED(Kind.PROGRESS),
    DEVIATIONS(Kind.PROGRESS),
    NEXT_STEPS(Kind.PROGRESS),
    PROJECT_DATA(Kind.FINAL),
    GOALS_MET(Kind.FINAL),
    RESULTS(Kind.FINAL),
    LASTING_EFFECT(Kind.FINAL),
    GRANT_PROCESS(Kind.FINAL),
    ACCOUNTS_STATEMENT(Kind.ACCOUNTS),
    SPENDING(Kind.REVIEW),
    COFINANCING(Kind.REVIEW),
    MILESTONES(Kind.REVIEW),
    GOALS(Kind.REVIEW),
    ATTACHMENTS(Kind.REVIEW),
    ACCOUNTS(Kind.REVIEW);

    private enum Kind { PROGRESS, FINAL, ACCOUNTS, REVIEW }

    private final Kind kind;

    ReportSection(Kind kind) {
        this.kind = kind;
    }

    /** Whether the grantee writes text in this section (the others only carry a reviewer's comment). */
    public boolean isNarrative() {
        return kind != Kind.REVIEW;
    }

    /** Whether a report of this type has the section. */
    public boolean belongsTo(ReportType type) {
        return switch (kind) {
            case PROGRESS -> !type.hasAccounts();
            case FINAL -> type == ReportType.FINAL;
            case ACCOUNTS -> type.hasAccounts();
            case REVIEW -> this != ACCOUNTS || type.hasAccounts();
        };
    }

    /** The narrative sections of a report type, in the order of the form. */
    public static List<ReportSection> narrativeOf(ReportType type) {
        return Arrays.stream(values()).filter(s -> s.isNarrative() && s.belongsTo(type)).toList();
    }

    /** Every section a reviewer may comment on for a report type, in the order of the form. */
    public static List<ReportSection> of(ReportType type) {
        return Arrays.stream(values()).filter(s -> s.belongsTo(type)).toList();
    }
}

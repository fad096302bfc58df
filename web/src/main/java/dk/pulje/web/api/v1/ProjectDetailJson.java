package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.AmendmentView;
import dk.pulje.application.project.ProjectDetail.BudgetLineView;
import dk.pulje.application.project.ProjectDetail.FinancingLineView;
import dk.pulje.application.project.ProjectDetail.GrantView;
import dk.pulje.application.project.ProjectDetail.MilestoneView;
import dk.pulje.application.project.ProjectDetail.PartnerView;
import dk.pulje.application.project.ProjectDetail.PaymentView;
import dk.pulje.application.project.ProjectDetail.ReportView;

import java.time.LocalDate;
import java.util.List;

/**
 * A project with its parts ({@code GET /api/v1/projects/{id}}), read as its page reads it (ProjectDetailService: a
 * fixed number of statements). {@code version} is also the {@code ETag}; writes send it back in {@code If-Match}. The
 * writable fields of {@code PUT} have these names. Amounts are strings with two decimals ({@code currency} DKK), dates
 * ISO 8601, enums their constant names; unknown values are null (left out of the JSON), lists empty. {@code internalNote} is
 * null for readers who may not see it (applicants).
 */
public record ProjectDetailJson(long id, long version, String title, String description, String type, String status,
                                long fundId, String fundName, String funderName, String roundName, Long ownerId,
                                String ownerName, String town, String municipality, LocalDate startDate,
                                LocalDate endDate, String totalSum, String currency, List<String> themes,
                                List<String> targetGroups, List<String> activities, List<PartnerJson> partners,
                                List<BudgetLineJson> budgetLines, List<FinancingLineJson> financingLines,
                                GrantJson grant, List<ReportJson> reports, List<MilestoneJson> milestones,
                                String internalNote) {

    public record PartnerJson(long id, String organisation, String town, String role) {
        static PartnerJson of(PartnerView p) {
            return new PartnerJson(p.id(), p.organisation(), p.town(), name(p.role()));
        }
    }

    public record BudgetLineJson(long id, String category, Integer year, String amount, String note) {
        static BudgetLineJson of(BudgetLineView b) {
            return new BudgetLineJson(b.id(), name(b.category()), b.year(), ApiValues.amount(b.amount()), b.note());
        }
    }

    public record FinancingLineJson(long id, String kind, Long contributorId, String contributor, String amount,
                                    String note) {
        static FinancingLineJson of(FinancingLineView l) {
            return new FinancingLineJson(l.id(), name(l.kind()), l.contributorId(), l.contributor(),
                    ApiValues.amount(l.amount()), l.note());
        }
    }

    /**
     * A tranche: planned, held for a report ({@code reportId}) until released, paid with a date and reference. The
     * state ({@code held}, {@code releasedOn}, {@code reference}) is absent for readers the project page does not show
     * it to (regional staff), as in {@code GET /v1/projects/{id}/payments}.
     */
    public record PaymentJson(long id, LocalDate plannedDate, String plannedAmount, String condition, Long reportId,
                              Boolean held, LocalDate releasedOn, LocalDate paidDate, String paidAmount, String reference) {
        static PaymentJson of(PaymentView p, boolean showState) {
            return new PaymentJson(p.id(), p.plannedDate(), ApiValues.amount(p.plannedAmount()), p.condition(),
                    p.reportId(), showState ? p.held() : null, showState ? p.releasedOn() : null, p.paidDate(),
                    ApiValues.amount(p.paidAmount()), showState ? p.reference() : null);
        }
    }

    public record AmendmentJson(LocalDate amendedOn, String reason, String previousGranted, String newGranted,
                                String previousTotal, String newTotal, LocalDate previousEndDate, LocalDate newEndDate) {
        static AmendmentJson of(AmendmentView a) {
            return new AmendmentJson(a.amendedOn(), a.reason(), ApiValues.amount(a.previousGranted()),
                    ApiValues.amount(a.newGranted()), ApiValues.amount(a.previousTotal()), ApiValues.amount(a.newTotal()),
                    a.previousEndDate(), a.newEndDate());
        }
    }

    /** The grant with its amendments and payments; {@code version} is the grant's own ETag. */
    public record GrantJson(long id, long version, String applied, String granted, LocalDate decisionDate,
                            String journalNumber, String conditions, String subPool, String accountsTier,
                            String planned, String paid, String remaining, List<AmendmentJson> amendments,
                            List<PaymentJson> payments) {
        static GrantJson of(GrantView g, boolean showPaymentState) {
            return g == null ? null : new GrantJson(g.id(), g.version(), ApiValues.amount(g.applied()),
                    ApiValues.amount(g.granted()), g.decisionDate(), g.journalNumber(), g.conditions(), g.subPool(),
                    name(g.accountsTier()), ApiValues.amount(g.planned()), ApiValues.amount(g.paid()),
                    ApiValues.amount(g.remaining()), g.amendments().stream().map(AmendmentJson::of).toList(),
                    g.payments().stream().map(payment -> PaymentJson.of(payment, showPaymentState)).toList());
        }
    }

    /**
     * A report obligation: its stored status and its status today (a due report past its date is overdue). The
     * reviewer's {@code note} is shown as the page shows it: to the fund's administrators, and to the applicant only
     * when the report was returned to them with it.
     */
    public record ReportJson(long id, String type, LocalDate dueDate, String status, String statusToday,
                             LocalDate submittedOn, LocalDate decidedOn, String note) {
        static ReportJson of(ReportView r, boolean administers, boolean applicant) {
            boolean showNote = administers || (applicant && r.status() == dk.pulje.domain.model.project.ReportStatus.RETURNED);
            return new ReportJson(r.id(), name(r.type()), r.dueDate(), name(r.status()), name(r.statusToday()),
                    r.submittedOn(), r.decidedOn(), showNote ? r.note() : null);
        }
    }

    public record MilestoneJson(long id, String title, LocalDate dueDate, String status, LocalDate reachedOn) {
        static MilestoneJson of(MilestoneView m) {
            return new MilestoneJson(m.id(), m.title(), m.dueDate(), name(m.status()), m.reachedOn());
        }
    }

    /**
     * @param applicant whether the caller reads as an applicant: they see their tranches' state and a returned
     *                  report's note, as on the project page; regional staff see neither
     */
    static ProjectDetailJson of(ProjectDetail p, boolean applicant) {
        boolean showPaymentState = p.changeable() || applicant;
        return new ProjectDetailJson(p.id(), p.version(), p.title(), p.description(), name(p.type()), name(p.status()),
                p.fundId(), p.fundName(), p.funderName(), p.roundName(), p.ownerId(), p.ownerName(), p.town(),
                p.municipality(), p.startDate(), p.endDate(), ApiValues.amount(p.totalSum()), "DKK", p.themes(),
                p.targetGroups(), p.activities(), p.partners().stream().map(PartnerJson::of).toList(),
                p.budget().stream().map(BudgetLineJson::of).toList(),
                p.financing().stream().map(FinancingLineJson::of).toList(), GrantJson.of(p.grant(), showPaymentState),
                p.reports().stream().map(r -> ReportJson.of(r, p.changeable(), applicant)).toList(), p.milestones().stream().map(MilestoneJson::of).toList(),
                p.internalNote());
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}

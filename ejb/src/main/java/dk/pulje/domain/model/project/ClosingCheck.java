package dk.pulje.domain.model.project;

import java.io.Serializable;

import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a project still lacks before it may be closed. Two things must hold:
 * <ol>
 *     <li>its final report is approved: at least one final report is required of it, and every one is approved;</li>
 *     <li>its grant is settled: the granted amount is known, no planned tranche is left unpaid, and Σ paid equals the
 *     granted amount. When less is to be paid than was granted, the grant is first amended down to what was paid (a
 *     dated amendment that keeps the previous amount), so that the books say why the money was not paid.</li>
 * </ol>
 * Each missing item is a message in the reader's language, so that the clerk is told exactly what to do first.
 */
public record ClosingCheck(List<Missing> missing) {

    /** One missing item: a message key of {@code dk/pulje/domain/messages} with its arguments. */
    public record Missing(String key, List<Object> arguments) implements Serializable {

        public Missing(String key, Object... arguments) {
            this(key, List.of(arguments));
        }

        public String messageIn(Locale locale) {
            return new RuleViolation(key, arguments.toArray()).messageIn(locale);
        }
    }

    public ClosingCheck {
        missing = List.copyOf(missing);
    }

    static ClosingCheck of(List<ReportObligation> reports, Grant grant) {
        List<Missing> missing = new ArrayList<>();
        List<ReportObligation> finals = reports.stream().filter(r -> r.getType() == ReportType.FINAL).toList();
        if (finals.isEmpty()) {
            missing.add(new Missing("closing.noFinalReport"));
        }
        // Named as on its due day: a started one reads "kladde" (draft), not just "afventer"; the closing check has
        // no today of its own, and overdue or not, it is missing all the same.
        finals.stream().filter(r -> r.getStatus() != ReportStatus.APPROVED)
                .forEach(r -> missing.add(new Missing("closing.finalReportNotApproved", r.getDueDate(),
                        r.statusOn(r.getDueDate()))));
        if (grant == null || grant.getGranted() == null) {
            missing.add(new Missing("closing.grantUnknown"));
            return new ClosingCheck(missing);
        }
        List<Payment> unpaid = grant.getPayments().stream().filter(p -> !p.isPaid()).toList();
        if (!unpaid.isEmpty()) {
            Money sum = unpaid.stream().map(Payment::getPlannedAmount).reduce(Money.zero(Money.DKK), Money::plus);
            missing.add(unpaid.size() == 1 ? new Missing("closing.unpaidTranche", sum)
                    : new Missing("closing.unpaidTranches", unpaid.size(), sum));
        }
        Money paid = grant.paid();
        if (!paid.equals(grant.getGranted())) {
            missing.add(new Missing("closing.notSettled", paid, grant.getGranted(), grant.getGranted().minus(paid)));
        }
        return new ClosingCheck(missing);
    }

    public boolean satisfied() {
        return missing.isEmpty();
    }
}

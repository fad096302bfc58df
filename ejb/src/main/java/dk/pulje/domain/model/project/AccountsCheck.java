package dk.pulje.domain.model.project;

import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What accounts must hold before they can be handed in, by the grant's tier (the Danish state's rule for project
 * grants): every budget line accounted for, as the accounts must compare with the budget line by line; then
 * <ul>
 *     <li>up to 100.000 kr.: a declaration, ticked and signed by name;</li>
 *     <li>100.000–500.000 kr.: the written account (beretning) and a signer competent in accounting;</li>
 *     <li>above 500.000 kr.: the auditor's statement attached and the auditor named.</li>
 * </ul>
 * The check lists every gap at once, so the grantee fixes them in one go.
 */
public final class AccountsCheck {

    private final List<MessageKey> gaps;

    private AccountsCheck(List<MessageKey> gaps) {
        this.gaps = List.copyOf(gaps);
    }

    public static AccountsCheck of(ReportObligation report, AccountsTier tier, List<BudgetLine> budget) {
        List<MessageKey> gaps = new ArrayList<>();
        if (tier == null) {
            gaps.add(new MessageKey("accounts.gap.noGrant"));
            return new AccountsCheck(gaps);
        }
        Set<BudgetLine> accounted = report.getSpending().stream().map(ReportSpending::getBudgetLine).collect(Collectors.toSet());
        if (budget.isEmpty() || !accounted.containsAll(budget)) {
            gaps.add(new MessageKey("accounts.gap.lines"));
        }
        if (report.getSignerName() == null) {
            gaps.add(new MessageKey("accounts.gap.signer"));
        }
        switch (tier) {
            case DECLARATION -> {
                if (!report.isDeclarationConfirmed()) {
                    gaps.add(new MessageKey("accounts.gap.declaration"));
                }
            }
            case ACCOUNTS_AND_STATEMENT -> {
                if (report.section(ReportSection.ACCOUNTS_STATEMENT).map(ReportSectionText::getBody).isEmpty()) {
                    gaps.add(new MessageKey("accounts.gap.statement"));
                }
                if (report.getSignerQualification() == null) {
                    gaps.add(new MessageKey("accounts.gap.qualification"));
                }
            }
            case AUDITED -> {
                if (report.getAttachments().stream().noneMatch(a -> a.getKind() == AttachmentKind.AUDITOR_STATEMENT)) {
                    gaps.add(new MessageKey("accounts.gap.auditorStatement"));
                }
            }
        }
        return new AccountsCheck(gaps);
    }

    public List<MessageKey> gaps() {
        return gaps;
    }

    public boolean isComplete() {
        return gaps.isEmpty();
    }

    /** Refuses with every gap named in one message. */
    public void requireComplete() {
        if (!gaps.isEmpty()) {
            throw new RuleViolation("accounts.incomplete", gaps);
        }
    }
}

package dk.pulje.web.reports;

import dk.pulje.domain.model.money.Money;

import java.util.Collection;
import java.util.Objects;

/**
 * Unspent money and repayment as the accounts stand while the grantee types them, so that the form can show them at
 * once (ReportService computes the same from what is saved, and records its figures when the fund approves): of the
 * grant, the project used what its spending took beyond the co-financing realised, never below zero and never more
 * than the grant; the rest is unspent. Of what was paid, what exceeds what was used is to be paid back.
 *
 * @param unspent   null while the granted amount is unknown
 * @param repayment null while the granted amount is unknown
 */
public record AccountsPreview(Money spent, Money cofinanced, Money unspent, Money repayment) {

    private static final Money ZERO = Money.dkk("0");

    public static AccountsPreview of(Money granted, Money paid, Collection<Money> spending, Collection<Money> cofinancing) {
        Money spent = sum(spending);
        Money cofinanced = sum(cofinancing);
        if (granted == null) {
            return new AccountsPreview(spent, cofinanced, null, null);
        }
        Money used = spent.minus(cofinanced);
        used = used.isNegative() ? ZERO : used;
        used = used.isGreaterThan(granted) ? granted : used;
        Money back = (paid == null ? ZERO : paid).minus(used);
        return new AccountsPreview(spent, cofinanced, granted.minus(used), back.isNegative() ? ZERO : back);
    }

    private static Money sum(Collection<Money> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(ZERO, Money::plus);
    }
}

package dk.pulje.domain.model.grant;

import dk.pulje.domain.model.money.Money;

/**
 * The Danish state's accounting requirement for a project grant, by the size of the grant:
 * up to 100.000 kr. a signed declaration (with random checks); above that and up to 500.000 kr. accounts and a written
 * account signed by someone competent in accounting; above 500.000 kr. audited accounts.
 * Labels: {@code enum.AccountsTier.*}.
 */
public enum AccountsTier {
    DECLARATION,
    ACCOUNTS_AND_STATEMENT,
    AUDITED;

    private static final Money SMALL = Money.dkk("100000");
    private static final Money LARGE = Money.dkk("500000");

    /** The tier for a granted amount; null when the amount is unknown. */
    public static AccountsTier forGrant(Money granted) {
        if (granted == null) {
            return null;
        }
        if (!granted.isGreaterThan(SMALL)) {
            return DECLARATION;
        }
        return granted.isGreaterThan(LARGE) ? AUDITED : ACCOUNTS_AND_STATEMENT;
    }
}

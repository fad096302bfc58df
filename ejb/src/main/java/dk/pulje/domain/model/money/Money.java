package dk.pulje.domain.model.money;

import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: a {@link BigDecimal} with scale 2 (kroner and øre), always in Danish kroner.
 * <p>
 * Pulje's funds grant, budget and pay in DKK, and every sum (in Java and in SQL) adds amounts as kroner. So an amount
 * in another currency is refused where it enters ({@link #of}), and the database refuses it too (a CHECK on every
 * {@code *_currency} column, V4): a sum can never quietly mix currencies. The currency is still stored beside each
 * amount, so that supporting another one later is a change of rules, not of schema.
 * <p>
 * Immutable. An amount that a source does not state is represented by <em>no</em> Money (null), never by zero;
 * see {@link MoneyTotal} for sums that count the unknowns.
 * The fields are not final only because JPA must be able to populate an embeddable.
 */
@Embeddable
public class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    public static final Currency DKK = Currency.getInstance("DKK");
    public static final int SCALE = 2;

    @Column(name = "amount", precision = 15, scale = SCALE)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!DKK.equals(currency)) {
            throw new RuleViolation("money.notDkk", currency.getCurrencyCode());
        }
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            // Refuse to round silently: an amount with fractions of øre is an input error, not something to guess at.
            throw new RuleViolation("money.fractionOfOere", amount.toPlainString());
        }
        this.amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        this.currency = currency.getCurrencyCode();
    }

    /** An amount in the given currency; anything but DKK is refused ({@code money.notDkk}). */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money dkk(BigDecimal amount) {
        return new Money(amount, DKK);
    }

    /** Parses a plain decimal such as {@code "11063000"} or {@code "1234.50"}. */
    public static Money dkk(String plainAmount) {
        return dkk(new BigDecimal(plainAmount));
    }

    /**
     * Millions as the Danish press writes them: {@code millions("0.457")} is 457.000,00 kr.
     * Exact: a value that does not come out in whole øre is refused.
     */
    public static Money dkkMillions(String millions) {
        return dkk(new BigDecimal(millions).movePointRight(6));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The rule every stored amount keeps: unknown (null) is allowed, negative is not. Returns the amount, so that
     * entities can check and assign in one step.
     */
    public static Money requireNotNegative(Money amountOrUnknown) {
        if (amountOrUnknown != null && amountOrUnknown.isNegative()) {
            throw new RuleViolation("money.negative", amountOrUnknown);
        }
        return amountOrUnknown;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency());
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * This amount as a share of {@code whole}, e.g. granted ÷ total project sum, with 4 decimals (0.4938 = 49.38 %).
     * Empty when the whole is zero.
     */
    public java.util.Optional<BigDecimal> shareOf(Money whole) {
        requireSameCurrency(whole);
        if (whole.isZero()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(amount.divide(whole.amount, 4, RoundingMode.HALF_UP));
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Money other)) {
            return false;
        }
        return amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** For logs and debugging; people see amounts through {@link MoneyFormat}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}

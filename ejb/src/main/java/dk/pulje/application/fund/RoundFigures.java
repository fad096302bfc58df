package dk.pulje.application.fund;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

/**
 * A round's money now, summed in the database over every application in the round.
 *
 * @param envelope     the envelope (ramme); null when the round states none
 * @param applications applications registered in the round
 * @param applied      Σ applied for; the unknowns are the applications without an amount
 * @param granted      Σ granted; the unknowns are decisions recorded without an amount (undecided applications are
 *                     not counted at all)
 * @param paid         Σ paid out
 * @param left         envelope − Σ granted (negative when the envelope is exceeded); null without an envelope. With
 *                     unknown grants it is at most this.
 */
public record RoundFigures(Money envelope, long applications, MoneyTotal applied, MoneyTotal granted, Money paid,
                           Money left) implements Serializable {

    public boolean overEnvelope() {
        return left != null && left.isNegative();
    }
}

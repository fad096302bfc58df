package dk.pulje.web.api.v1;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The API's number formats: amounts as strings with two decimals ("6000000.00"), shares as plain strings ("0.6895"). */
final class ApiValues {

    private ApiValues() {
    }

    static String amount(Money money) {
        return money == null ? null : amount(money.amount());
    }

    static String amount(BigDecimal kroner) {
        return kroner == null ? null : kroner.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static String share(BigDecimal share) {
        return share == null ? null : share.toPlainString();
    }
}

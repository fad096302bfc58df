package dk.pulje.web.reports;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccountsPreviewTest {

    private static Money kr(String amount) {
        return Money.dkk(amount);
    }

    @Test
    void whatWasNotUsedOfTheGrantIsUnspentAndWhatWasPaidBeyondUseIsPaidBack() {
        // Granted 80.000, paid 80.000; spent 90.000 of which 20.000 co-financed: the grant paid for 70.000.
        AccountsPreview preview = AccountsPreview.of(kr("80000"), kr("80000"),
                List.of(kr("60000"), kr("30000")), List.of(kr("20000")));
        assertEquals(kr("90000"), preview.spent());
        assertEquals(kr("20000"), preview.cofinanced());
        assertEquals(kr("10000"), preview.unspent());
        assertEquals(kr("10000"), preview.repayment());
    }

    @Test
    void nothingIsPaidBackOfWhatWasNotYetPaidAndTheGrantIsNeverOverUsed() {
        AccountsPreview partlyPaid = AccountsPreview.of(kr("100000"), kr("40000"), List.of(kr("70000")), List.of());
        assertEquals(kr("30000"), partlyPaid.unspent());
        assertEquals(kr("0"), partlyPaid.repayment());
        AccountsPreview overspent = AccountsPreview.of(kr("100000"), kr("100000"), List.of(kr("150000")), List.of());
        assertEquals(kr("0"), overspent.unspent());
        assertEquals(kr("0"), overspent.repayment());
    }

    @Test
    void blankFieldsCountAsNothingAndAnUnknownGrantGivesNoFigures() {
        java.util.List<Money> typed = new java.util.ArrayList<>();
        typed.add(null);
        typed.add(kr("5000"));
        AccountsPreview preview = AccountsPreview.of(null, null, typed, List.of());
        assertEquals(kr("5000"), preview.spent());
        assertNull(preview.unspent());
        assertNull(preview.repayment());
    }
}

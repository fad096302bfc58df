package dk.pulje.domain.model.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.234.567,50      | 1234567.50",
            "1234567           | 1234567.00",
            "1 234 567         | 1234567.00",
            "1,5 mio.          | 1500000.00",
            "1,5 mio. kr.      | 1500000.00",
            "2 mio             | 2000000.00",
            "0,457 millioner   | 457000.00",
            "450 t.kr.         | 450000.00",
            "450 tkr.          | 450000.00",
            "2.000.000 kr.     | 2000000.00",
            "kr. 2.000.000     | 2000000.00",
            "DKK 12.500        | 12500.00",
            "0,05              | 0.05",
            "-1.000            | -1000.00",
            "' 450.000 '       | 450000.00"})
    void readsWhatADanishClerkTypes(String typed, String expected) {
        assertEquals(Optional.of(Money.dkk(expected)), MoneyInput.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "1.5", "12.34", "1,2,3", "1.23.456", "1,234 mio. mio.", "0,001", "1 5", "kr."})
    void refusesWhatIsNotAnAmountRatherThanGuessing(String typed) {
        assertEquals(Optional.empty(), MoneyInput.parse(typed));
    }

    @Test
    void nothingTypedIsNoAmount() {
        assertEquals(Optional.empty(), MoneyInput.parse(null));
    }

    @Test
    void readsBackWhatMoneyFormatWritesInDanish() {
        for (String amount : new String[]{"11063000", "1234.50", "0.05", "457000"}) {
            Money money = Money.dkk(amount);
            assertEquals(Optional.of(money), MoneyInput.parse(MoneyFormat.danish().amount(money)));
        }
        assertEquals(Optional.of(Money.dkk("11063000")), MoneyInput.parse(MoneyFormat.danish().millions(Money.dkk("11063000"))));
    }
}

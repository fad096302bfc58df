package dk.pulje.web.api.v1;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The compare endpoint's reading of its repeated ids, and the API's way of writing amounts and shares. */
class CompareResourceTest {

    @Test
    void twoToTenDistinctNumbersInTheOrderGiven() {
        assertEquals(Optional.of(List.of(7L, 3L)), CompareResource.ids(List.of("7", " 3 ", "7")));
        assertEquals(10, CompareResource.ids(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")).orElseThrow().size());
    }

    @Test
    void fewerThanTwoMoreThanTenOrNotANumberIsNoChoice() {
        assertEquals(Optional.empty(), CompareResource.ids(List.of()));
        assertEquals(Optional.empty(), CompareResource.ids(List.of("4")));
        assertEquals(Optional.empty(), CompareResource.ids(List.of("4", "4")));
        assertEquals(Optional.empty(), CompareResource.ids(List.of("4", "x")));
        assertEquals(Optional.empty(), CompareResource.ids(
                java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(String::valueOf).toList()));
    }

    @Test
    void amountsHaveTwoDecimalsAndSharesFourAsStrings() {
        assertEquals("19944000.00", CompareJson.amount(Money.dkk("19944000")));
        assertEquals("-100000.00", CompareJson.amount(Money.dkk("-100000")));
        assertNull(CompareJson.amount(null));
        assertEquals("0.4938", CompareJson.share(new BigDecimal("0.4938")));
        assertEquals("-0.3062", CompareJson.share(new BigDecimal("-0.3062")));
        assertNull(CompareJson.sum(new MoneyTotal(Money.dkk("0"), 0, 3)), "nothing known is absent, not 0.00");
        assertEquals("0.00", CompareJson.sum(new MoneyTotal(Money.dkk("0"), 2, 0)));
    }

    @Test
    void aFilterValueThatDoesNotParseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ParticipationResource.parse("x", Long::valueOf));
        assertThrows(IllegalArgumentException.class, () -> ParticipationResource.parse("NOPE",
                dk.pulje.domain.model.project.ProjectStatus::valueOf));
        assertNull(ParticipationResource.parse(" ", Long::valueOf));
        assertEquals(Long.valueOf(5), ParticipationResource.<Long>parse(" 5", Long::valueOf));
    }
}

package dk.pulje.web.api.v1.support;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The strict binding of API write bodies: every wrong field named with its path, nothing of the input echoed. */
class RecordBinderTest {

    enum Colour { RED, GREEN }

    record Line(Long id, Colour colour, BigDecimal amount) {
    }

    record Body(String name, long count, Integer year, boolean active, LocalDate on, BigDecimal total, List<Line> lines) {
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static Map<String, String> refusal(String text, Locale locale) {
        return RecordBinder.errors(Body.class, json(text), locale).stream()
                .collect(Collectors.toMap(e -> e.field(), e -> e.message()));
    }

    @Test
    void aGoodBodyBindsEveryType() {
        JsonValue good = json("""
                {"name": "Læsekreds", "count": 3, "year": 2027, "active": true, "on": "2027-03-31", "total": "1234.50",
                 "lines": [{"id": 7, "colour": "GREEN", "amount": "-5"}, {"colour": "RED", "amount": null}]}""");
        assertEquals(List.of(), RecordBinder.errors(Body.class, good, Locale.ENGLISH));
        Body body = RecordBinder.bind(Body.class, good, Locale.ENGLISH);
        assertEquals(new Body("Læsekreds", 3, 2027, true, LocalDate.of(2027, 3, 31), new BigDecimal("1234.50"),
                List.of(new Line(7L, Colour.GREEN, new BigDecimal("-5")), new Line(null, Colour.RED, null))), body);
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Map<String, String> errors = refusal("""
                {"name": 1, "count": 1.5, "year": "2027", "active": "yes", "on": "31-03-2027", "total": 12.5,
                 "lines": [{"colour": "BLUE", "amount": "1,50", "size": 2}, 4], "extra": {}}""", Locale.ENGLISH);
        assertEquals(Map.ofEntries(
                Map.entry("name", "The field must be a string."),
                Map.entry("count", "The field must be a whole number."),
                Map.entry("year", "The field must be a whole number."),
                Map.entry("active", "The field must be true or false."),
                Map.entry("on", "The field must be a date in the form YYYY-MM-DD."),
                Map.entry("total", "The field must be an amount as a string with a point as decimal separator and at most two decimals, e.g. \"1234.50\"."),
                Map.entry("lines[0].colour", "The field must be one of: RED, GREEN."),
                Map.entry("lines[0].amount", "The field must be an amount as a string with a point as decimal separator and at most two decimals, e.g. \"1234.50\"."),
                Map.entry("lines[0].size", "There is no such field."),
                Map.entry("lines[1]", "The field must be a JSON object."),
                Map.entry("extra", "There is no such field.")), Map.copyOf(errors));
    }

    @Test
    void unknownTopLevelFieldsAndMissingPrimitivesAreRefusedInDanish() {
        Map<String, String> errors = refusal("{\"extra\": 1, \"name\": \"x\"}", Locale.forLanguageTag("da"));
        assertEquals("Feltet findes ikke.", errors.get("extra"));
        assertEquals("Feltet skal udfyldes.", errors.get("count"));
        assertEquals("Feltet skal udfyldes.", errors.get("active"));
    }

    @Test
    void amountsHaveAtMostTwoDecimalsAndFifteenDigits() {
        assertFalse(refusal("{\"count\": 1, \"active\": false, \"total\": \"1.005\"}", Locale.ENGLISH).isEmpty());
        assertFalse(refusal("{\"count\": 1, \"active\": false, \"total\": \"1234567890123456\"}", Locale.ENGLISH).isEmpty());
        assertFalse(refusal("{\"count\": 1, \"active\": false, \"total\": \"1e3\"}", Locale.ENGLISH).isEmpty());
    }
}

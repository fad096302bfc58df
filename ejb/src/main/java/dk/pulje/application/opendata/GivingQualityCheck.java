package dk.pulje.application.opendata;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of 360Giving's data-quality tool that apply to a grant as Pulje writes it (docs/adr/0016): the schema's
 * required fields, no zero amounts, no impossible dates, planned start not after end, no award date in the future, and
 * organisation identifiers that look valid. Works on the grant's JSON, so that the export and the conformance tests
 * judge the very same thing: the export leaves a grant with problems out, and the tests prove none is left in.
 */
public final class GivingQualityCheck {

    /** The fields the 360Giving schema requires of a grant to an organisation. */
    static final List<String> REQUIRED = List.of("id", "title", "description", "currency", "amountAwarded", "awardDate",
            "recipientOrganization", "fundingOrganization");

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private GivingQualityCheck() {
    }

    /** What is wrong with the grant; empty when it may be published. */
    public static List<GivingProblem> problems(JsonObject grant, LocalDate today) {
        List<GivingProblem> problems = new ArrayList<>();
        for (String field : REQUIRED) {
            JsonValue value = grant.get(field);
            boolean empty = value == null || value.getValueType() == JsonValue.ValueType.NULL
                    || (value instanceof JsonString text && text.getString().isBlank())
                    || (value instanceof JsonArray list && list.isEmpty());
            if (empty) {
                problems.add(new GivingProblem(GivingProblem.Rule.REQUIRED_FIELD, field));
            }
        }
        for (String amount : List.of("amountAwarded", "amountAppliedFor")) {
            if (grant.get(amount) instanceof JsonNumber number && number.bigDecimalValue().compareTo(BigDecimal.ZERO) == 0) {
                problems.add(new GivingProblem(GivingProblem.Rule.ZERO_AMOUNT, amount));
            }
        }
        LocalDate award = date(grant, "awardDate", problems);
        if (award != null && award.isAfter(today)) {
            problems.add(new GivingProblem(GivingProblem.Rule.AWARD_DATE_IN_FUTURE, "awardDate"));
        }
        if (grant.get("plannedDates") instanceof JsonArray planned) {
            for (JsonValue event : planned) {
                JsonObject dates = event.asJsonObject();
                LocalDate start = date(dates, "startDate", problems);
                LocalDate end = date(dates, "endDate", problems);
                if (start != null && end != null && end.isBefore(start)) {
                    problems.add(new GivingProblem(GivingProblem.Rule.START_AFTER_END, "plannedDates"));
                }
            }
        }
        for (String organisations : List.of("recipientOrganization", "fundingOrganization")) {
            if (grant.get(organisations) instanceof JsonArray list) {
                for (JsonValue organisation : list) {
                    if (!OpenDataIds.looksValid(organisation.asJsonObject().getString("id", null))) {
                        problems.add(new GivingProblem(GivingProblem.Rule.ORGANISATION_ID, organisations));
                    }
                }
            }
        }
        return problems;
    }

    /** A date or date-time field as a date; an impossible one is a problem and yields null. */
    private static LocalDate date(JsonObject object, String field, List<GivingProblem> problems) {
        if (!(object.get(field) instanceof JsonString text)) {
            return null;
        }
        LocalDate date;
        try {
            String value = text.getString();
            date = value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
        } catch (DateTimeParseException wrong) {
            problems.add(new GivingProblem(GivingProblem.Rule.IMPOSSIBLE_DATE, field));
            return null;
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            problems.add(new GivingProblem(GivingProblem.Rule.IMPOSSIBLE_DATE, field));
            return null;
        }
        return date;
    }
}

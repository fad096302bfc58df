package dk.pulje.application.opendata;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The same grants as {@link GivingPackage}, flattened the way 360Giving's flatten-tool does with the standard's column
 * titles ("Recipient Org:Identifier" is the first recipient organisation's {@code id}): comma-separated, RFC 4180
 * quoting, UTF-8 without a byte order mark, amounts as plain decimals ("11063000.00"), one row per grant. It is written
 * from the grants' JSON, so the two files cannot say different things. The additional fields keep their JSON names
 * as titles, which is how flatten-tool reads a column it does not know. A text cell that a spreadsheet would run as a
 * formula ({@code = + - @}, tab, carriage return at the start) gets a leading apostrophe (OWASP CSV injection): the
 * file is also opened by people; amounts are never touched.
 */
public final class GivingFlatCsv {

    /** A column: its title in the standard and how the grant's JSON fills it. */
    private record Column(String title, Function<JsonObject, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Identifier", g -> text(g, "id")),
            new Column("Title", g -> safe(text(g, "title"))),
            new Column("Description", g -> safe(text(g, "description"))),
            new Column("Currency", g -> text(g, "currency")),
            new Column("Amount Applied For", g -> text(g, "amountAppliedFor")),
            new Column("Amount Awarded", g -> text(g, "amountAwarded")),
            new Column("Amount Disbursed", g -> text(g, "amountDisbursed")),
            new Column("Award Date", g -> text(g, "awardDate")),
            new Column("Planned Dates:Start Date", g -> text(first(g, "plannedDates"), "startDate")),
            new Column("Planned Dates:End Date", g -> text(first(g, "plannedDates"), "endDate")),
            new Column("Planned Dates:Duration (months)", g -> text(first(g, "plannedDates"), "duration")),
            new Column("Recipient Org:Identifier", g -> text(first(g, "recipientOrganization"), "id")),
            new Column("Recipient Org:Name", g -> safe(text(first(g, "recipientOrganization"), "name"))),
            new Column("Recipient Org:Company Number", g -> text(first(g, "recipientOrganization"), "companyNumber")),
            new Column("Recipient Org:City", g -> safe(text(first(g, "recipientOrganization"), "addressLocality"))),
            new Column("Funding Org:Identifier", g -> text(first(g, "fundingOrganization"), "id")),
            new Column("Funding Org:Name", g -> safe(text(first(g, "fundingOrganization"), "name"))),
            new Column("Beneficiary Location:Name", g -> safe(text(first(g, "beneficiaryLocation"), "name"))),
            new Column("Beneficiary Location:Country Code", g -> text(first(g, "beneficiaryLocation"), "countryCode")),
            new Column("Grant Programme:Code", g -> text(first(g, "grantProgramme"), "code")),
            new Column("Grant Programme:Title", g -> safe(text(first(g, "grantProgramme"), "title"))),
            new Column("Related Activity", GivingFlatCsv::relatedActivities),
            new Column("totalProjectSum", g -> text(g, "totalProjectSum")),
            new Column("coFinancing", g -> text(g, "coFinancing")));

    private GivingFlatCsv() {
    }

    /** The column titles, in order. */
    public static List<String> titles() {
        return COLUMNS.stream().map(Column::title).toList();
    }

    public static void write(GivingPackage grants, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(titles().toArray(String[]::new)).get());
            for (JsonObject grant : grants.grants()) {
                List<String> row = new ArrayList<>(COLUMNS.size());
                COLUMNS.forEach(column -> row.add(column.value().apply(grant)));
                csv.printRecord(row);
            }
            csv.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A list of strings is one cell, separated by semicolons, as flatten-tool writes it. */
    private static String relatedActivities(JsonObject grant) {
        if (!(grant.get("relatedActivity") instanceof JsonArray list)) {
            return null;
        }
        return String.join(";", list.getValuesAs(JsonString::getString));
    }

    /** A text a spreadsheet would read as a formula, defused with a leading apostrophe. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static JsonObject first(JsonObject grant, String field) {
        return grant.get(field) instanceof JsonArray list && !list.isEmpty() ? list.getJsonObject(0) : null;
    }

    private static String text(JsonObject object, String field) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return null;
    }
}

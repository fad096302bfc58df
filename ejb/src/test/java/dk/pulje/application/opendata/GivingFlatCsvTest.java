package dk.pulje.application.opendata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static dk.pulje.application.opendata.OpenDataSamples.lemvig;
import static dk.pulje.application.opendata.OpenDataSamples.myre;
import static dk.pulje.application.opendata.OpenDataSamples.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GivingFlatCsvTest {

    @Test
    void oneRowPerGrantWithTheFiguresAsPlainDecimals() throws IOException {
        List<CSVRecord> rows = read(csv(GivingPackage.of(round(myre(), lemvig()))));
        assertEquals(2, rows.size());
        CSVRecord myre = rows.get(0);
        assertEquals("360G-pulje-100", myre.get("Identifier"));
        assertEquals("2700000.00", myre.get("Amount Awarded"));
        assertEquals("3000000.00", myre.get("Amount Applied For"));
        assertEquals("1000000.00", myre.get("Amount Disbursed"));
        assertEquals("2024-08-01", myre.get("Planned Dates:Start Date"));
        assertEquals("24", myre.get("Planned Dates:Duration (months)"));
        assertEquals("360G-pulje-org-2", myre.get("Recipient Org:Identifier"));
        assertEquals("DK-CVR-29190925", myre.get("Funding Org:Identifier"));
        assertEquals("Viborg", myre.get("Beneficiary Location:Name"));
        assertEquals("DK", myre.get("Beneficiary Location:Country Code"));
        assertEquals("360G-pulje-150", myre.get("Related Activity"));
        assertEquals("4267000.00", myre.get("totalProjectSum"));
        assertEquals("1567000.00", myre.get("coFinancing"));
        assertEquals("", rows.get(1).get("Amount Applied For"), "unknown stays empty");
        assertEquals("Sejl og studér på Lemvig Gymnasium", rows.get(1).get("Title"));
    }

    @Test
    void everyStandardColumnTitleIsTheSchemasTitle() {
        JsonObject schema = Json.createReader(new StringReader(Standards.read(
                Standards.folder().resolve("360giving/360-giving-schema.json")))).readObject();
        for (String title : GivingFlatCsv.titles()) {
            if (Character.isLowerCase(title.charAt(0))) {
                continue; // an additional field: its JSON name
            }
            String[] path = title.split(":");
            JsonObject properties = schema.getJsonObject("properties");
            JsonObject property = byTitle(schema, properties, path[0]);
            assertNotNull(property, title);
            if (path.length == 2) {
                String ref = property.getJsonObject("items").getString("$ref");
                JsonObject item = schema.getJsonObject("$defs").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                assertNotNull(byTitle(schema, item.getJsonObject("properties"), path[1]), title);
            }
        }
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=HYPERLINK(\"x\")", GivingFlatCsv.safe("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", GivingFlatCsv.safe("@SUM(A1)"));
        assertEquals("MYRE Midt", GivingFlatCsv.safe("MYRE Midt"));
    }

    /** The property titled {@code title}; a property that is a {@code $ref} has its definition's title. */
    private static JsonObject byTitle(JsonObject schema, JsonObject properties, String title) {
        for (JsonValue value : properties.values()) {
            JsonObject property = value.asJsonObject();
            if (property.containsKey("$ref")) {
                String ref = property.getString("$ref");
                property = schema.getJsonObject("$defs").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            }
            if (title.equals(property.getString("title", null))) {
                return property;
            }
        }
        return null;
    }

    static String csv(GivingPackage giving) {
        StringWriter out = new StringWriter();
        GivingFlatCsv.write(giving, out);
        return out.toString();
    }

    static List<CSVRecord> read(String csv) throws IOException {
        assertTrue(csv.startsWith("Identifier,Title,"), csv);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }
}

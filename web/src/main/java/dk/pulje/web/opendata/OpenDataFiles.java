package dk.pulje.web.opendata;

import dk.pulje.application.opendata.GivingFlatCsv;
import dk.pulje.application.opendata.GivingPackage;
import dk.pulje.application.opendata.GivingProblem;
import dk.pulje.application.opendata.IatiActivities;
import dk.pulje.application.opendata.OmittedGrant;
import dk.pulje.application.opendata.OpenDataFormat;
import dk.pulje.application.opendata.OpenDataService;
import dk.pulje.application.opendata.OpenDataSet;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a round's or a fund's open-data file (docs/adr/0016), for the API and for the pages' download links alike,
 * and logs the export. Grants that fail the quality checks are left out and counted; when none is left the caller
 * answers 409 with {@link #nothingToPublish}: both standards want at least one grant.
 */
public final class OpenDataFiles {

    /** Response headers that say what was left out: how many grants, and how many per reason. */
    public static final String OMITTED = "Pulje-Omitted-Grants";
    public static final String OMITTED_REASONS = "Pulje-Omitted-Reasons";

    private OpenDataFiles() {
    }

    /** The file, or null when no grant of the set can be published. */
    public static OpenDataFile write(OpenDataService service, OpenDataSet set, OpenDataFormat format, String remoteAddress) {
        GivingPackage giving = GivingPackage.of(set);
        if (giving.grants().isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String contentType = switch (format) {
            case GIVING_JSON -> {
                out.writeBytes(giving.toJson().toString().getBytes(StandardCharsets.UTF_8));
                yield "application/json; charset=UTF-8";
            }
            case GIVING_CSV -> {
                try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    GivingFlatCsv.write(giving, writer);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                yield "text/csv; charset=UTF-8";
            }
            case IATI -> {
                IatiActivities.write(set, giving, out);
                yield "application/xml; charset=UTF-8";
            }
        };
        String fileName = format.fileName(set.scope());
        service.logExport(fileName, giving.grants().size(), remoteAddress);
        return new OpenDataFile(fileName, contentType, out.toByteArray(), giving.omitted().size(), reasons(giving));
    }

    /** "REQUIRED_FIELD(recipientOrganization)=10, ZERO_AMOUNT(amountAwarded)=1": bounded whatever the number of grants. */
    private static String reasons(GivingPackage giving) {
        Map<String, Long> counts = giving.omitted().stream().flatMap(grant -> grant.problems().stream())
                .collect(Collectors.groupingBy(GivingProblem::toString, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** RFC 9457 problem details for a set with nothing to publish: 409, with each grant's reasons. */
    public static JsonObject nothingToPublish(OpenDataSet set) {
        GivingPackage giving = GivingPackage.of(set);
        JsonArrayBuilder omitted = Json.createArrayBuilder();
        for (OmittedGrant grant : giving.omitted()) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            grant.problems().forEach(problem -> problems.add(problem.toString()));
            omitted.add(Json.createObjectBuilder().add("id", grant.grantId()).add("projectId", grant.projectId())
                    .add("problems", problems));
        }
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Conflict")
                .add("status", 409)
                .add("detail", "No grant of " + set.scope().title() + " can be published as open data.")
                .add("omitted", omitted)
                .build();
    }
}

package dk.pulje.it.opendata;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The published open-data standards (docs/adr/0016), read in the test JVM from the folder named by the system
 * property {@code pulje.standards} (ear/pom.xml: {@code ../shared/standards} beside the checkout). Not ours to commit.
 * When the folder is missing the conformance tests are skipped with a message saying where it looked, unless
 * {@code pulje.standards.required=true} (.ci/run), which makes them fail. Nothing is fetched from the network: the
 * package schema's {@code $ref} to the grant schema (it names the 1.4.2 URL) and the XSD's {@code xml.xsd} resolve to
 * the files in the folder.
 */
final class OpenDataStandards {

    static final String PACKAGE_ID =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";

    private OpenDataStandards() {
    }

    static Path folder() {
        String configured = System.getProperty("pulje.standards", "../../shared/standards");
        Path folder = Path.of(configured).toAbsolutePath().normalize();
        boolean present = Files.isRegularFile(folder.resolve("360giving/360-giving-package-schema.json"))
                && Files.isRegularFile(folder.resolve("360giving/360-giving-schema.json"))
                && Files.isRegularFile(folder.resolve("iati-2.03/iati-activities-schema.xsd"));
        String message = "the open-data standards (360giving/, iati-2.03/) are not in " + folder
                + " (set -Dpulje.standards=<folder>)";
        if (!present) {
            if (Boolean.getBoolean("pulje.standards.required")) {
                Assertions.fail(message + "; pulje.standards.required=true");
            }
            Assumptions.abort(message);
        }
        return folder;
    }

    /** The package's errors against the 360Giving package schema, draft 2020-12, format assertions on. */
    static List<Error> givingErrors(String json) {
        Path giving = folder().resolve("360giving");
        String grant = read(giving.resolve("360-giving-schema.json"));
        Map<String, String> schemas = Map.of(
                PACKAGE_ID, read(giving.resolve("360-giving-package-schema.json")),
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json", grant,
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json", grant);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(schemas)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(PACKAGE_ID));
        return schema.validate(json, InputFormat.JSON);
    }

    /** Validates against the IATI 2.03 activity XSD; no external access except the schema files themselves. */
    static void validateIati(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        javax.xml.validation.Schema schema = factory.newSchema(folder().resolve("iati-2.03/iati-activities-schema.xsd").toFile());
        var validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

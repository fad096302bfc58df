package dk.pulje.application.opendata;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
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
 * The published standards (360Giving schema, IATI XSD) for the unit tests, read from {@code pulje.standards} or the
 * shared folder beside the checkout; a test is skipped, saying where it looked, when they are not there (the ear's
 * conformance ITs fail instead under .ci/run).
 */
final class Standards {

    private static final String PACKAGE_ID =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";

    private Standards() {
    }

    static Path folder() {
        Path folder = Path.of(System.getProperty("pulje.standards", "../../shared/standards")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("360giving/360-giving-package-schema.json")),
                "the open-data standards are not at " + folder + " (set -Dpulje.standards)");
        return folder;
    }

    /** The errors of a 360Giving package against the package schema, the grant schema resolved locally, formats asserted. */
    static List<Error> givingErrors(String json) {
        Path giving = folder().resolve("360giving");
        String grantSchema = read(giving.resolve("360-giving-schema.json"));
        Map<String, String> schemas = Map.of(
                PACKAGE_ID, read(giving.resolve("360-giving-package-schema.json")),
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json", grantSchema,
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json", grantSchema);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(schemas)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(PACKAGE_ID));
        return schema.validate(json, InputFormat.JSON);
    }

    /** Validates IATI activities against the 2.03 XSD (xml.xsd resolved beside it); throws what the validator says. */
    static void validateIati(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        javax.xml.validation.Schema schema = factory.newSchema(
                folder().resolve("iati-2.03/iati-activities-schema.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

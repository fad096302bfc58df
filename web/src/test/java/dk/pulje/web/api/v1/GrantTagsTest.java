package dk.pulje.web.api.v1;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The grant's tag carries the project's and the grant's version; any other If-Match is not one it handed out (412).
 * The statuses themselves (428, 412) need a JAX-RS runtime and are proven over HTTP in GrantsPaymentsApiIT.
 */
class GrantTagsTest {

    @Test
    void theTagCarriesBothVersionsOrTheProjectsAlone() {
        assertEquals("12.3", GrantTags.value(12, 3L));
        assertEquals("12", GrantTags.value(12, null));
        assertEquals(Optional.of(new GrantTags.Seen(12, 3L)), GrantTags.parse("\"12.3\""));
        assertEquals(Optional.of(new GrantTags.Seen(12, null)), GrantTags.parse(" \"12\" "));
    }

    @Test
    void aTagNeverHandedOutIsNotRead() {
        for (String foreign : new String[] {"*", "W/\"12.3\"", "12.3", "\"12.3.4\"", "\"a.b\"", "\"12.\"", "\"\"",
                "\"1234567890123456789\"", "\"12.3\", \"12.4\""}) {
            assertEquals(Optional.empty(), GrantTags.parse(foreign), foreign);
        }
    }
}

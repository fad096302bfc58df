package dk.pulje.web.api.v1;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The grant's tag carries the project's and the grant's version; anything else in If-Match is 428 or 412. */
class GrantTagsTest {

    @Test
    void theTagCarriesBothVersionsOrTheProjectsAlone() {
        assertEquals("\"12.3\"", GrantTags.of(12, 3L).toString());
        assertEquals("\"12\"", GrantTags.of(12, null).toString());
        assertEquals(new GrantTags.Seen(12, 3L), GrantTags.requireIfMatch("\"12.3\""));
        GrantTags.Seen noGrant = GrantTags.requireIfMatch(" \"12\" ");
        assertEquals(12, noGrant.project());
        assertNull(noGrant.grant());
    }

    @Test
    void aMissingTagIs428AndOneNeverHandedOutIs412() {
        assertEquals(428, status(null));
        assertEquals(428, status(" "));
        for (String foreign : new String[] {"*", "W/\"12.3\"", "12.3", "\"12.3.4\"", "\"a.b\"", "\"12.\"", "\"1234567890123456789\""}) {
            assertEquals(412, status(foreign), foreign);
        }
    }

    private static int status(String ifMatch) {
        return assertThrows(WebApplicationException.class, () -> GrantTags.requireIfMatch(ifMatch)).getResponse().getStatus();
    }
}

package dk.pulje.web.api.v1;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MeResourceTest {

    @Test
    void aDateIsValidThroughThatDayInDanishTime() {
        assertEquals(Instant.parse("2027-06-30T22:00:00Z"), MeResource.expiry("2027-06-30")); // summer time
        assertEquals(Instant.parse("2027-12-31T23:00:00Z"), MeResource.expiry("2027-12-31"));
    }

    @Test
    void aDateTimeNeedsItsOffsetAndNothingMeansNoExpiry() {
        assertEquals(Instant.parse("2027-06-30T10:00:00Z"), MeResource.expiry("2027-06-30T12:00:00+02:00"));
        assertThrows(DateTimeParseException.class, () -> MeResource.expiry("2027-06-30T12:00:00"));
        assertThrows(DateTimeParseException.class, () -> MeResource.expiry("30.6.2027"));
        assertNull(MeResource.expiry(null));
        assertNull(MeResource.expiry(" "));
    }
}

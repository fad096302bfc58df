package dk.pulje.application.opendata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenDataScopeTest {

    @Test
    void fileNamesAreReadableAscii() {
        assertEquals("uddannelsespuljen-2024-360giving.json", OpenDataFormat.GIVING_JSON.fileName(OpenDataSamples.ROUND));
        OpenDataScope fund = new OpenDataScope(7, "Udviklingspuljen for folkebiblioteker og pædagogiske læringscentre",
                null, null, OpenDataSamples.REGION);
        assertEquals("udviklingspuljen-for-folkebiblioteker-og-paedagogiske-laerin-iati.xml", OpenDataFormat.IATI.fileName(fund));
        assertEquals("runde-3-360giving.csv", OpenDataFormat.GIVING_CSV.fileName(
                new OpenDataScope(1, "F", 3L, "«»", OpenDataSamples.REGION)));
    }
}

package dk.pulje.application.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnMappingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Project             | TITLE",
            "Projekt             | TITLE",
            "Projektnavn         | TITLE",
            "TITEL               | TITLE",
            "title               | TITLE",
            "Journalnummer       | JOURNAL_NUMBER",
            "Journalnr.          | JOURNAL_NUMBER",
            "J.nr.               | JOURNAL_NUMBER",
            "j. nr               | JOURNAL_NUMBER",
            "Sagsnummer          | JOURNAL_NUMBER",
            "Reference           | JOURNAL_NUMBER",
            "Ansøger             | OWNER",
            "Ansoeger            | OWNER",
            "Projektejer         | OWNER",
            "Institution         | OWNER",
            "Organisation        | OWNER",
            "Applicant           | OWNER",
            "Owner               | OWNER",
            "By                  | TOWN",
            "Town                | TOWN",
            "City                | TOWN",
            "Kommune             | MUNICIPALITY",
            "Municipality        | MUNICIPALITY",
            "Delpulje            | SUB_POOL",
            "Sub-pool            | SUB_POOL",
            "Sub pool            | SUB_POOL",
            "Pulje-del           | SUB_POOL",
            "Samlet projektsum   | TOTAL",
            "samlet  PROJEKTSUM  | TOTAL",
            "Samlet budget       | TOTAL",
            "Projektsum          | TOTAL",
            "Budget              | TOTAL",
            "Total               | TOTAL",
            "Total project sum   | TOTAL",
            "Samlet projektsum (kr.) | TOTAL",
            "Samlet budget i mio. kr. | TOTAL",
            "Ansøgt              | APPLIED",
            "Ansøgt beløb        | APPLIED",
            "Ansoegt beloeb      | APPLIED",
            "Applied             | APPLIED",
            "Støtte              | GRANTED",
            "Stoette             | GRANTED",
            "Støtte, kr.         | GRANTED",
            "Støtte (DKK)        | GRANTED",
            "Bevilget            | GRANTED",
            "Bevilling           | GRANTED",
            "Tilskud             | GRANTED",
            "Granted             | GRANTED",
            "Grant               | GRANTED",
            "Amount awarded      | GRANTED",
            "Amount Awarded:     | GRANTED",
            "Periode             | PERIOD",
            "Period              | PERIOD",
            "Start               | START_DATE",
            "Startdato           | START_DATE",
            "Start date          | START_DATE",
            "Start-dato          | START_DATE",
            "Slut                | END_DATE",
            "Slutdato            | END_DATE",
            "End date            | END_DATE",
            "Tema                | THEME",
            "Theme               | THEME",
            "Delpulje\u00a0      | SUB_POOL",
            "Bevilget kr.        | GRANTED",
            "Bevilget, kr.:      | GRANTED",
            "Ansøgt kr.          | APPLIED",
            "Samlet budget kr    | TOTAL",
            "Støtte, t.kr.       | GRANTED",
            "Støtte i tkr.       | GRANTED",
            "Støtte i mio.       | GRANTED",
            "Tilskud DKK         | GRANTED",
            "Projekt [navn]      | TITLE"})
    void proposesTheFieldForDanishAndEnglishHeaders(String header, ImportField field) {
        ColumnMapping mapping = ColumnMappings.propose(List.of("Noget andet", header));

        assertEquals(Map.of(field, 1), mapping.columns(), header);
    }

    @Test
    void proposesSeed002AsAClerkTypesIt() {
        List<String> headers = List.of("Projekt", "By", "Delpulje", "Institution", "Samlet projektsum", "Støtte");

        ColumnMapping mapping = ColumnMappings.propose(headers);

        assertEquals(Map.of(ImportField.TITLE, 0, ImportField.TOWN, 1, ImportField.SUB_POOL, 2, ImportField.OWNER, 3,
                ImportField.TOTAL, 4, ImportField.GRANTED, 5), mapping.columns());
        assertEquals(List.of(), ColumnMappings.ignored(headers, mapping));
    }

    @Test
    void aFieldNamedTwiceTakesTheFirstColumnAndTheOtherIsIgnored() {
        List<String> headers = List.of("Titel", "Bevilget", "Projekt", "Støtte", "Bemærkning", "");

        ColumnMapping mapping = ColumnMappings.propose(headers);

        assertEquals(Optional.of(0), mapping.column(ImportField.TITLE));
        assertEquals(Optional.of(1), mapping.column(ImportField.GRANTED));
        assertEquals(List.of(2, 3, 4, 5), ColumnMappings.ignored(headers, mapping));
        assertEquals(List.of("Projekt", "Støtte", "Bemærkning", ""), ColumnMappings.ignoredHeaders(headers, mapping));
    }

    @Test
    void onlyWholeNamesMatchNotPartsOfAHeader() {
        List<String> headers = List.of("Region Midtjylland støtter med", "Byggeri", "Projektbeskrivelse", "Kroner",
                "Total budget i euro", "=HYPERLINK(\"x\")", "<script>");

        ColumnMapping mapping = ColumnMappings.propose(headers);

        assertTrue(mapping.columns().isEmpty(), mapping.columns().toString());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), ColumnMappings.ignored(headers, mapping));
    }

    @Test
    void noHeadersNoMapping() {
        assertTrue(ColumnMappings.propose(List.of()).columns().isEmpty());
        assertEquals(List.of(), ColumnMappings.ignored(List.of(), ColumnMappings.propose(List.of())));
    }

    @Test
    void aMappingTheClerkChangedTellsWhatIsIgnored() {
        List<String> headers = List.of("Projekt", "Bemærkning", "Støtte");
        ColumnMapping changed = new ColumnMapping(Map.of(ImportField.TITLE, 1, ImportField.GRANTED, 2));

        assertEquals(List.of("Projekt"), ColumnMappings.ignoredHeaders(headers, changed));
    }
}

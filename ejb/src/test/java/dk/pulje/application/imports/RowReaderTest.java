package dk.pulje.application.imports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One row's reading and its own problems, without a database. */
class RowReaderTest {

    private static final List<String> HEADERS = List.of("Projekt", "Journalnr.", "Ansøger", "By", "Delpulje",
            "Samlet projektsum", "Bevilget", "Periode", "Tema");
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(ImportField.TITLE, 0,
            ImportField.JOURNAL_NUMBER, 1, ImportField.OWNER, 2, ImportField.TOWN, 3, ImportField.SUB_POOL, 4,
            ImportField.TOTAL, 5, ImportField.GRANTED, 6, ImportField.PERIOD, 7, ImportField.THEME, 8));

    private final RowReader reader = new RowReader(MAPPING, Map.of("temapulje", "Temapulje", "åben pulje", "Åben pulje"),
            new TownReference(List.of("Nørre Nissum")),
            new OrganisationDirectory(List.of(new OrganisationDirectory.Name(7, "Learnmark Horsens", "Learnmark Horsens"),
                    new OrganisationDirectory.Name(7, "Learnmark Horsens", "Leanmark Horsens"))),
            Map.of("Lernmark", new OrganisationSuggestion(7, "Learnmark Horsens")));

    private CheckedRow read(String... cells) {
        return reader.read(new ImportSheet.Row(2, List.of(cells)));
    }

    private static List<String> keys(CheckedRow row) {
        return row.messages.stream().map(RowMessage::key).toList();
    }

    @Test
    void aRowAsPuljeStoresIt() {
        CheckedRow row = read("EuroSkills 2025", "", "leanmark horsens", "herning", "temapulje", "11,063 mio. kroner",
                "6 mio. kr.", "2024-2025", "EuroSkills 2025; Grøn omstilling");
        assertEquals(List.of(), row.messages);
        ImportedProject values = row.values;
        assertEquals("Learnmark Horsens", values.owner(), "an alias is the organisation's own name");
        assertEquals(7L, row.ownerId);
        assertEquals("Herning", values.town(), "as the reference spells it");
        assertEquals("Temapulje", values.subPool());
        assertEquals(0, new BigDecimal("11063000").compareTo(values.total()));
        assertEquals(0, new BigDecimal("6000000").compareTo(values.granted()));
        assertEquals(LocalDate.of(2024, 1, 1), values.start());
        assertEquals(LocalDate.of(2025, 12, 31), values.end());
        assertEquals(List.of("EuroSkills 2025", "Grøn omstilling"), row.themes);
        assertEquals("euroskills 2025|learnmark horsens", row.key);
    }

    @Test
    void eachProblemIsNamed() {
        assertEquals(List.of("import.titleMissing"), keys(read("", "", "", "Aarhus", "Åben pulje", "1 mio.", "1 mio.", "", "")));
        assertEquals(List.of("import.grantedAboveTotal"),
                keys(read("A", "", "", "Aarhus", "Åben pulje", "1 mio.", "2 mio.", "", "")));
        assertEquals(List.of("import.subPoolUnknown"), keys(read("A", "", "", "Aarhus", "Hemmelig", "", "1", "", "")));
        assertEquals(List.of("import.subPoolMissing"), keys(read("A", "", "", "Aarhus", "", "", "1", "", "")));
        assertEquals(List.of("import.townDidYouMean"), keys(read("A", "", "", "Horsen", "Temapulje", "", "1", "", "")));
        assertEquals(List.of("import.townNew"), keys(read("A", "", "", "Ulfborg Kirkeby", "Temapulje", "", "1", "", "")));
        assertEquals(List.of("import.periodUnreadable"), keys(read("A", "", "", "", "Temapulje", "", "1", "snart", "")));
        assertEquals(List.of("import.endBeforeStart"),
                keys(read("A", "", "", "", "Temapulje", "", "1", "1.8.2025–31.7.2024", "")));
        assertEquals(List.of("import.controlCharacters"), keys(read("A\u0000B", "", "", "", "Temapulje", "", "1", "", "")));
        assertEquals(List.of("import.tooLong"), keys(read("x".repeat(301), "", "", "", "Temapulje", "", "1", "", "")));
        assertEquals(List.of("import.organisationNew"), keys(read("A", "", "Ny Forening", "", "Temapulje", "", "1", "", "")));
        CheckedRow matched = read("A", "", "Lernmark", "", "Temapulje", "", "1", "", "");
        assertEquals(List.of("import.organisationMatched"), keys(matched));
        assertEquals(7L, matched.ownerId);
        assertEquals("Lernmark", matched.ownerSpelling, "becomes the organisation's alias");
    }

    @Test
    void theMessagesReadInBothLanguages() {
        RowMessage message = read("A", "", "", "Horsen", "Temapulje", "", "1", "", "").messages.get(0);
        assertEquals("Byen »Horsen« kendes ikke. Mente du Horsens?", message.text(Locale.forLanguageTag("da")));
        assertEquals("The town \"Horsen\" is not known. Did you mean Horsens?", message.text(Locale.ENGLISH));
        RowMessage above = read("A", "", "", "", "Temapulje", "1 mio.", "2 mio.", "", "").messages.get(0);
        assertEquals("Bevillingen (2.000.000 kr.) er større end den samlede projektsum (1.000.000 kr.).",
                above.text(Locale.forLanguageTag("da")));
    }

    @Test
    void hostileTextIsJustText() {
        CheckedRow formula = read("=HYPERLINK(\"x\")", "", "", "", "Temapulje", "", "1", "", "");
        assertFalse(formula.refused());
        assertEquals("=HYPERLINK(\"x\")", formula.values.title());
        assertFalse(read("'; drop table project; --", "", "", "", "Temapulje", "", "1", "", "").refused());
    }

    @Test
    void theKeyIgnoresCaseSpacesPunctuationAndCompositionButNotTheJournalNumber() {
        assertEquals(ImportKey.of(null, "Sejl og studér på Lemvig Gymnasium", null, "Lemvig"),
                ImportKey.of(null, "  sejl og stude\u0301r på  Lemvig-Gymnasium. ", null, "LEMVIG"));
        assertEquals("journal:2024-17", ImportKey.of("2024-17", "A", null, "Aarhus"));
        assertTrue(ImportKey.isJournal(ImportKey.of("2024-17", "A", null, null)));
        assertEquals("a|b", ImportKey.of(null, "A", "B", "Aarhus"), "the owner before the town");
    }

    @Test
    void periodsAndDates() {
        assertEquals(new PeriodReader.Period(LocalDate.of(2024, 8, 1), LocalDate.of(2026, 7, 31)),
                PeriodReader.period("1.8.2024 - 31.7.2026").orElseThrow());
        assertEquals(LocalDate.of(2024, 8, 1), PeriodReader.date("2024-08-01").orElseThrow());
        assertTrue(PeriodReader.date("31.2.2024").isEmpty(), "no 31 February");
        assertNull(read("A", "", "", "", "Temapulje", "", "1", "", "").values.start());
    }

    @Test
    void ninetyEightMunicipalitiesAndSuggestionsForOrganisations() {
        assertEquals(98, TownReference.municipalities().size());
        OrganisationDirectory directory = new OrganisationDirectory(List.of(
                new OrganisationDirectory.Name(7, "Learnmark Horsens", "Learnmark Horsens"),
                new OrganisationDirectory.Name(9, "Mercantec", "Mercantec")));
        assertEquals(List.of(new OrganisationSuggestion(7, "Learnmark Horsens")), directory.suggestions("Lernmark Horsens"));
        assertEquals(List.of(), directory.suggestions("Randers Bibliotek"));
    }
}

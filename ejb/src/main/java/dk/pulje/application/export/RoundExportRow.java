package dk.pulje.application.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project of a round as its spreadsheet export has it: the columns an allocation list has, named so that the
 * import reads them back (Titel, Journalnummer, Projektejer, By, Kommune, Delpulje, Samlet projektsum, Ansøgt,
 * Bevilget, Start, Slut). Amounts are null when unknown, never 0.
 */
public record RoundExportRow(long projectId, String title, String journalNumber, String ownerName, String town,
                             String municipality, String subPool, BigDecimal totalSum, BigDecimal applied,
                             BigDecimal granted, LocalDate startDate, LocalDate endDate) {
}

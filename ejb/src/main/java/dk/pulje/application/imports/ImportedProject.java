package dk.pulje.application.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row's values as Pulje will store them (after reading amounts, dates and names), so that the upload page can
 * preview the first rows and a clerk sees "11,063 mio. kroner" become 11.063.000,00 before anything is stored. A value
 * the row does not give (or that could not be read) is null.
 *
 * @param owner the organisation's name as Pulje knows it (an alias in the file shows the organisation's own name)
 */
public record ImportedProject(String title, String journalNumber, String owner, String town, String municipality,
                              String subPool, BigDecimal total, BigDecimal applied, BigDecimal granted,
                              LocalDate start, LocalDate end, String theme) {
}

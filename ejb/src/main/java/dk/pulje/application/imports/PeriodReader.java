package dk.pulje.application.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods as lists write them: {@code 1.8.2024}, {@code 01-08-2024}, {@code 2024-08-01}; a period as
 * {@code 2024-2025} (the whole years), {@code 2024} or {@code 1.8.2024–31.7.2026}. Empty for text it cannot read.
 */
final class PeriodReader {

    record Period(LocalDate start, LocalDate end) {
    }

    private static final Pattern DANISH = Pattern.compile("(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?");
    private static final Pattern TWO_DATES = Pattern.compile("(.+?)\\s*(?:[–—]|\\s-\\s|\\btil\\b|\\bto\\b)\\s*(.+)");

    private PeriodReader() {
    }

    static Optional<LocalDate> date(String text) {
        String cell = text.strip();
        try {
            Matcher danish = DANISH.matcher(cell);
            if (danish.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(danish.group(3)), Integer.parseInt(danish.group(2)),
                        Integer.parseInt(danish.group(1))));
            }
            Matcher iso = ISO.matcher(cell);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Period> period(String text) {
        String cell = text.strip();
        Matcher years = YEARS.matcher(cell);
        if (years.matches()) {
            int first = Integer.parseInt(years.group(1));
            int last = years.group(2) == null ? first : Integer.parseInt(years.group(2));
            return Optional.of(new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
        }
        Matcher two = TWO_DATES.matcher(cell);
        if (two.matches()) {
            Optional<LocalDate> start = date(two.group(1));
            Optional<LocalDate> end = date(two.group(2));
            if (start.isPresent() && end.isPresent()) {
                return Optional.of(new Period(start.get(), end.get()));
            }
        }
        return Optional.empty();
    }
}

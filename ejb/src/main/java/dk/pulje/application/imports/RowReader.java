package dk.pulje.application.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one row of a sheet into the values Pulje would store and the row's own problems (those that need no other
 * row: duplicates and existing projects are found by the service). Pure: no database, so it is unit-tested.
 */
final class RowReader {

    /** Control characters (C0, DEL, C1) other than none: a cell is one line of text. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}]");
    private static final int TITLE_MAX = 300;
    private static final int TOWN_MAX = 100;
    private static final int OWNER_MAX = 300;
    private static final int JOURNAL_MAX = 50;
    private static final int THEME_MAX = 200;

    private final ColumnMapping mapping;
    /** lower case → the sub-pool's name, for the round the rows go to. */
    private final Map<String, String> subPools;
    private final TownReference towns;
    private final OrganisationDirectory organisations;
    /** The user's matches: the file's spelling → the organisation (id and name). */
    private final Map<String, OrganisationSuggestion> matches;

    RowReader(ColumnMapping mapping, Map<String, String> subPools, TownReference towns,
              OrganisationDirectory organisations, Map<String, OrganisationSuggestion> matches) {
        this.mapping = mapping;
        this.subPools = subPools;
        this.towns = towns;
        this.organisations = organisations;
        this.matches = matches;
    }

    CheckedRow read(ImportSheet.Row row) {
        List<RowMessage> messages = new ArrayList<>();
        String title = text(row, ImportField.TITLE, TITLE_MAX, messages);
        if (title.isEmpty() && !hasError(messages, ImportField.TITLE)) {
            messages.add(RowMessage.error(ImportField.TITLE, "import.titleMissing"));
        }
        String journal = text(row, ImportField.JOURNAL_NUMBER, JOURNAL_MAX, messages);
        String ownerCell = text(row, ImportField.OWNER, OWNER_MAX, messages);
        String townCell = text(row, ImportField.TOWN, TOWN_MAX, messages);
        String municipality = text(row, ImportField.MUNICIPALITY, TOWN_MAX, messages);
        String subPoolCell = text(row, ImportField.SUB_POOL, TITLE_MAX, messages);
        String themeCell = text(row, ImportField.THEME, TITLE_MAX * 3, messages);

        BigDecimal total = amount(row, ImportField.TOTAL, messages);
        BigDecimal applied = amount(row, ImportField.APPLIED, messages);
        BigDecimal granted = amount(row, ImportField.GRANTED, messages);
        if (granted != null && total != null && granted.compareTo(total) > 0) {
            messages.add(RowMessage.error(ImportField.GRANTED, "import.grantedAboveTotal",
                    dk.pulje.domain.model.money.Money.dkk(granted), dk.pulje.domain.model.money.Money.dkk(total)));
        }

        LocalDate[] period = period(row, messages);
        String town = town(townCell, messages);
        String subPool = subPool(subPoolCell, messages);

        Long ownerId = null;
        String ownerName = null;
        String ownerSpelling = null;
        if (!ownerCell.isEmpty()) {
            Optional<OrganisationDirectory.Name> known = organisations.known(ownerCell);
            OrganisationSuggestion matched = matches.get(ownerCell);
            if (known.isPresent()) {
                ownerId = known.get().id();
                ownerName = known.get().organisation();
            } else if (matched != null) {
                ownerId = matched.id();
                ownerName = matched.name();
                ownerSpelling = ownerCell;
                messages.add(RowMessage.warning(ImportField.OWNER, "import.organisationMatched", ownerCell, matched.name()));
            } else {
                ownerName = ownerCell;
                ownerSpelling = ownerCell;
                messages.add(RowMessage.warning(ImportField.OWNER, "import.organisationNew", ownerCell));
            }
        }

        List<String> themes = themeCell.isEmpty() ? List.of()
                : Arrays.stream(themeCell.split("[;,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        themes.stream().filter(t -> t.length() > THEME_MAX).findFirst().ifPresent(t -> messages.add(
                RowMessage.error(ImportField.THEME, "import.tooLong", t.length(), THEME_MAX)));

        ImportedProject values = new ImportedProject(title, blankToNull(journal), ownerName, town,
                blankToNull(municipality), subPool, total, applied, granted, period[0], period[1],
                themes.isEmpty() ? null : String.join(", ", themes));
        String key = ImportKey.of(journal, title, ownerName, town);
        return new CheckedRow(row.number(), key, values, messages, ownerId, ownerSpelling, themes);
    }

    /** The cell's text; control characters and overlong text are refused with a row message (and read as ""). */
    private String text(ImportSheet.Row row, ImportField field, int max, List<RowMessage> messages) {
        if (mapping.column(field).isEmpty()) {
            return "";
        }
        String cell = mapping.value(row, field);
        if (CONTROL.matcher(cell).find()) {
            messages.add(RowMessage.error(field, "import.controlCharacters"));
            return "";
        }
        if (cell.length() > max) {
            messages.add(RowMessage.error(field, "import.tooLong", cell.length(), max));
            return "";
        }
        return cell;
    }

    private BigDecimal amount(ImportSheet.Row row, ImportField field, List<RowMessage> messages) {
        if (mapping.column(field).isEmpty()) {
            return null;
        }
        String cell = mapping.value(row, field);
        AmountReading reading = DanishAmounts.read(cell, field);
        if (reading.message() != null) {
            messages.add(reading.message());
        }
        BigDecimal kroner = reading.kroner();
        if (kroner != null && kroner.signum() < 0) {
            if (reading.message() == null || !reading.message().error()) {
                messages.add(RowMessage.error(field, "import.amountNegative", cell));
            }
            return null;
        }
        return kroner;
    }

    private LocalDate[] period(ImportSheet.Row row, List<RowMessage> messages) {
        LocalDate start = null;
        LocalDate end = null;
        String periodCell = text(row, ImportField.PERIOD, 100, messages);
        if (!periodCell.isEmpty()) {
            Optional<PeriodReader.Period> period = PeriodReader.period(periodCell);
            if (period.isEmpty()) {
                messages.add(RowMessage.error(ImportField.PERIOD, "import.periodUnreadable", periodCell));
            } else {
                start = period.get().start();
                end = period.get().end();
            }
        }
        start = date(row, ImportField.START_DATE, start, messages);
        end = date(row, ImportField.END_DATE, end, messages);
        if (start != null && end != null && end.isBefore(start)) {
            messages.add(RowMessage.error(ImportField.END_DATE, "import.endBeforeStart", end, start));
        }
        return new LocalDate[] {start, end};
    }

    private LocalDate date(ImportSheet.Row row, ImportField field, LocalDate otherwise, List<RowMessage> messages) {
        String cell = text(row, field, 100, messages);
        if (cell.isEmpty()) {
            return otherwise;
        }
        Optional<LocalDate> date = PeriodReader.date(cell);
        if (date.isEmpty()) {
            messages.add(RowMessage.error(field, "import.dateUnreadable", cell));
            return otherwise;
        }
        return date.get();
    }

    private String town(String cell, List<RowMessage> messages) {
        if (cell.isEmpty()) {
            return null;
        }
        Optional<String> known = towns.known(cell);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<String> close = towns.closest(cell);
        if (close.isPresent()) {
            messages.add(RowMessage.error(ImportField.TOWN, "import.townDidYouMean", cell, close.get()));
        } else {
            messages.add(RowMessage.warning(ImportField.TOWN, "import.townNew", cell));
        }
        return cell;
    }

    private String subPool(String cell, List<RowMessage> messages) {
        String names = String.join(", ", subPools.values());
        if (cell.isEmpty()) {
            if (subPools.size() == 1) {
                return subPools.values().iterator().next();
            }
            if (subPools.size() > 1 && mapping.column(ImportField.SUB_POOL).isPresent()) {
                messages.add(RowMessage.error(ImportField.SUB_POOL, "import.subPoolMissing", names));
            }
            return null;
        }
        String known = subPools.get(cell.toLowerCase(Locale.ROOT));
        if (known == null) {
            messages.add(subPools.isEmpty()
                    ? RowMessage.error(ImportField.SUB_POOL, "import.subPoolNone", cell)
                    : RowMessage.error(ImportField.SUB_POOL, "import.subPoolUnknown", cell, names));
            return null;
        }
        return known;
    }

    private static boolean hasError(List<RowMessage> messages, ImportField field) {
        return messages.stream().anyMatch(m -> m.error() && m.field() == field);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

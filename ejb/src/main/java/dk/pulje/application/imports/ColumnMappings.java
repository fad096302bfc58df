package dk.pulje.application.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Proposes a mapping from a list's headers, Danish and English (project/titel, by/town, kommune, delpulje/sub-pool,
 * samlet projektsum/samlet budget/total, støtte/bevilget/granted, ansøger/projektejer/institution, journalnummer,
 * periode, …).
 * <p>
 * A header matches a field when it is one of the field's names after {@link #normalised normalising} both: case,
 * spaces and punctuation do not count, "æ/ø/å" equal "ae/oe/aa", accents are dropped, and a unit in brackets or at
 * the end ("Støtte (kr.)", "Samlet budget i mio. kr.") is ignored. Only whole names match, never parts of a header: a
 * proposal the clerk has to undo is worse than none. Each column gets at most one field and each field at most one
 * column; when two columns carry names of the same field, the first (leftmost) wins and the other is left for the
 * clerk, who sees it among the {@link #ignored ignored} columns.
 */
public final class ColumnMappings {

    private static final Pattern UNIT = Pattern.compile(
            "\\b(i\\s+)?((mio\\.?\\s*)?(kr\\.?|kroner|dkk)|t\\.?\\s*kr\\.?|tkr\\.?|mio\\.?|millioner)[\\s.:]*$");
    private static final Map<String, ImportField> NAMES = names();

    private ColumnMappings() {
    }

    public static ColumnMapping propose(List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int column = 0; column < headers.size(); column++) {
            ImportField field = NAMES.get(normalised(headers.get(column)));
            if (field != null) {
                columns.putIfAbsent(field, column);
            }
        }
        return new ColumnMapping(columns);
    }

    /** The columns no field took, left to right (0-based), so that the page can say which are ignored. */
    public static List<Integer> ignored(List<String> headers, ColumnMapping mapping) {
        List<Integer> ignored = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            if (!mapping.columns().containsValue(column)) {
                ignored.add(column);
            }
        }
        return ignored;
    }

    /** The headers of the {@link #ignored} columns, as the file has them. */
    public static List<String> ignoredHeaders(List<String> headers, ColumnMapping mapping) {
        return ignored(headers, mapping).stream().map(headers::get).toList();
    }

    /**
     * A header as compared: lower case, æ/ø/å as ae/oe/aa (so "Ansøger" and "Ansoeger" meet), accents dropped,
     * bracketed remarks and a trailing unit left out, then only letters and digits.
     */
    static String normalised(String header) {
        if (header == null) {
            return "";
        }
        String s = header.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
        // "i mio. kr.", "kr.", "t.kr.", "DKK" after the name, as a word of its own: the unit is the amount reader's
        // business, not the column's name. Cut while the words are still apart ("Bevilget kr." is not "bevilgetkr"
        // less "tkr").
        s = UNIT.matcher(s).replaceFirst("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, ImportField> names() {
        Map<String, ImportField> names = new HashMap<>();
        add(names, ImportField.TITLE, "project", "projekt", "projektnavn", "projekttitel", "titel", "title",
                "project title", "project name");
        add(names, ImportField.JOURNAL_NUMBER, "journalnummer", "journalnr.", "journal nr.", "j.nr.", "jnr",
                "sagsnummer", "sagsnr.", "reference", "ref.", "journal number", "case number");
        add(names, ImportField.OWNER, "ansøger", "projektejer", "institution", "organisation", "organization",
                "applicant", "owner", "project owner", "tilskudsmodtager", "modtager", "recipient");
        add(names, ImportField.TOWN, "by", "town", "city");
        add(names, ImportField.MUNICIPALITY, "kommune", "municipality");
        add(names, ImportField.SUB_POOL, "delpulje", "sub-pool", "pulje-del", "underpulje");
        add(names, ImportField.TOTAL, "samlet projektsum", "samlet budget", "projektsum", "budget", "total",
                "total project sum", "total budget", "samlede udgifter");
        add(names, ImportField.APPLIED, "ansøgt", "ansøgt beløb", "applied", "amount applied for", "amount requested");
        add(names, ImportField.GRANTED, "støtte", "bevilget", "bevilling", "tilskud", "granted", "grant",
                "amount awarded", "bevilget beløb", "støttebeløb", "tilskudsbeløb");
        add(names, ImportField.PERIOD, "periode", "period", "projektperiode", "project period");
        add(names, ImportField.START_DATE, "start", "startdato", "start date", "projektstart");
        add(names, ImportField.END_DATE, "slut", "slutdato", "end date", "projektslut");
        add(names, ImportField.THEME, "tema", "theme", "temaer", "themes");
        return Map.copyOf(names);
    }

    private static void add(Map<String, ImportField> names, ImportField field, String... spellings) {
        for (String spelling : spellings) {
            ImportField earlier = names.put(normalised(spelling), field);
            if (earlier != null && earlier != field) {
                throw new IllegalStateException(spelling + " names both " + earlier + " and " + field);
            }
        }
    }
}

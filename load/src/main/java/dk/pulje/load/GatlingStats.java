package dk.pulje.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The figures of one Gatling run, read from the statistics table of its HTML report ({@code index.html}): Gatling
 * 3.15 writes no {@code stats.json} any more and its binary simulation.log has no public reader, while the table has
 * one row per request with fixed columns (col-2 total, col-4 KO, col-6 count per second, col-8 p50, col-10 p95,
 * col-11 p99, col-12 max; the first row, "All Requests", is the whole run). Tied to the Gatling version in the root
 * pom: {@code GatlingStatsTest} reads a table of that version, and a run fails loudly if the table is not found.
 */
record GatlingStats(Row all, List<Row> requests) {

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    record Row(String name, long count, long errors, double perSecond, long p50, long p95, long p99, long max) {
    }

    long errors() {
        return all.errors();
    }

    static Path newestRun(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IOException("no Gatling report in " + results));
        }
    }

    static GatlingStats read(Path run) throws IOException {
        return parse(Files.readString(run.resolve("index.html")));
    }

    static GatlingStats parse(String html) throws IOException {
        int table = html.indexOf("id=\"container_statistics_head\"");
        if (table < 0) {
            throw new IOException("no statistics table in the Gatling report (another Gatling version?)");
        }
        Row all = null;
        List<Row> requests = new ArrayList<>();
        String[] rows = html.substring(table).split("<tr id=\"");
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].substring(0, Math.max(0, rows[i].indexOf("</tr>")));
            Matcher name = NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            if (cells.size() < 13) {
                continue;
            }
            Row parsed = new Row(unescape(name.group(1)), number(cells.get(2)), number(cells.get(4)),
                    Double.parseDouble(cells.get(6).replace(",", "")), number(cells.get(8)), number(cells.get(10)),
                    number(cells.get(11)), number(cells.get(12)));
            if (rows[i].startsWith("ROOT\"")) {
                all = parsed;
            } else {
                requests.add(parsed);
            }
        }
        if (all == null) {
            throw new IOException("no \"All Requests\" row in the Gatling report's statistics table");
        }
        return new GatlingStats(all, requests);
    }

    /** Counts and times are whole numbers; "-" where there is none. */
    private static long number(String cell) {
        String digits = cell.replace(",", "");
        return digits.matches("\\d+") ? Long.parseLong(digits) : 0;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-48s %7s %6s %6s %7s %7s %7s %7s%n", "request", "count", "errors", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        for (Row row : requests) {
            line(out, row);
        }
        line(out, all);
        out.println("errors: " + all.errors());
    }

    private static void line(PrintStream out, Row row) {
        out.printf(Locale.ROOT, "%-48s %7d %6d %6.1f %7d %7d %7d %7d%n", row.name(), row.count(), row.errors(),
                row.perSecond(), row.p50(), row.p95(), row.p99(), row.max());
    }
}

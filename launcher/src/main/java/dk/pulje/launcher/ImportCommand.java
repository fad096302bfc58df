package dk.pulje.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./pulje import FILE --fund F --round R [--create-round] [--dry-run]}: sends an allocation list to the running
 * Pulje's {@code POST /api/v1/imports/allocations} (the same import as the upload page) and prints the row report as a
 * table with the totals. Exit 0 when everything was stored (or, in a dry run, would be), 1 when rows were refused,
 * 2 for a wrong command line, an unreachable server or any other refusal.
 * <p>
 * Address from {@code PULJE_URL}, else {@code http://localhost:$PULJE_PORT/pulje} (port 8080 as {@code ./pulje run});
 * an API token from {@code PULJE_TOKEN} (Bearer; the way for an administrator with a second factor, which HTTP Basic
 * never passes), else user and password from {@code PULJE_USER} and {@code PULJE_PASSWORD} (HTTP Basic).
 */
public final class ImportCommand {

    static final int STORED = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;

    private static final String USAGE = """
            Usage: ./pulje import FILE --fund FUND --round ROUND [--create-round] [--dry-run]
              FUND and ROUND: an id or the exact name. Environment: PULJE_URL (or PULJE_PORT); PULJE_TOKEN (an API token from the account page), or
              PULJE_USER and PULJE_PASSWORD.""";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ImportCommand(System.getenv(), System.out, System.err).run(args));
    }

    /** Runs the command; answers the exit code. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return new ImportCommand(environment, out, err).run(args);
    }

    int run(String[] args) {
        Path file = null;
        String fund = null;
        String round = null;
        boolean createRound = false;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fund" -> fund = i + 1 < args.length ? args[++i] : null;
                case "--round" -> round = i + 1 < args.length ? args[++i] : null;
                case "--create-round" -> createRound = true;
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        return usage("unknown argument: " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null || fund == null || round == null) {
            return usage("FILE, --fund and --round are required");
        }
        if (!Files.isReadable(file)) {
            err.println("pulje import: cannot read " + file);
            return FAILED;
        }
        String token = environment.get("PULJE_TOKEN");
        String user = environment.get("PULJE_USER");
        String password = environment.get("PULJE_PASSWORD");
        String authorization;
        if (token != null && !token.isBlank()) {
            authorization = "Bearer " + token.strip();
        } else if (user != null && password != null) {
            authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        } else {
            return usage("set PULJE_TOKEN, or PULJE_USER and PULJE_PASSWORD (an administrator of the fund)");
        }
        String base = baseUrl();
        HttpResponse<String> response;
        try {
            response = send(base, file, fund, round, createRound, dryRun, authorization);
        } catch (IOException e) {
            err.println("pulje import: cannot reach Pulje at " + base + " (" + e.getMessage() + "). Is it running (./pulje run)?");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
        return answer(response);
    }

    private int usage(String problem) {
        err.println("pulje import: " + problem);
        err.println(USAGE);
        return FAILED;
    }

    private String baseUrl() {
        String url = environment.get("PULJE_URL");
        if (url == null || url.isBlank()) {
            url = "http://localhost:" + environment.getOrDefault("PULJE_PORT", "8080") + "/pulje";
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static HttpResponse<String> send(String base, Path file, String fund, String round, boolean createRound,
                                             boolean dryRun, String authorization)
            throws IOException, InterruptedException {
        String boundary = "pulje-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String name = file.getFileName().toString().replaceAll("[\"\\r\\n]", "_");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = "fund=" + encode(fund) + "&round=" + encode(round) + "&createRound=" + createRound
                + "&dryRun=" + dryRun;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/imports/allocations?" + query))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "da")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200 || status == 422) {
            Report report = Report.parse(response.body());
            report.print(out);
            return status == 200 ? STORED : REFUSED;
        }
        String detail = field(response.body(), "detail");
        err.println("pulje import: Pulje answered " + status + switch (status) {
            case 401 -> " (wrong user or password, or a token that is unknown, expired or revoked; a user with a second factor uses a token)";
            case 403 -> " (the user may not import: only administrators of the fund may)";
            case 404 -> " (no such fund or round that the user administers; --create-round creates the round)";
            default -> "";
        } + (detail == null ? "" : ": " + detail));
        return FAILED;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A string member of a flat JSON object, unescaped; null when absent. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The parts of the report the table shows, read from the JSON without a JSON library (the launcher has none):
     * the report's shape is Pulje's own and flat enough for patterns.
     */
    record Report(List<String[]> rows, String totals, boolean stored, boolean dryRun) {

        private static final Pattern ROW = Pattern.compile(
                "\\{\"row\":(\\d+),\"key\":(?:\"(?:[^\"\\\\]|\\\\.)*\"|null),\"title\":\"((?:[^\"\\\\]|\\\\.)*)\",\"status\":\"(\\w+)\""
                        + "(?:,\"projectId\":(?:\\d+|null))?,\"messages\":\\[(.*?)\\]\\}");
        private static final Pattern MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        private static final Pattern TOTALS = Pattern.compile("\"totals\":\\{([^}]*)\\}");

        static Report parse(String json) {
            List<String[]> rows = new ArrayList<>();
            Matcher row = ROW.matcher(json);
            while (row.find()) {
                List<String> messages = new ArrayList<>();
                Matcher message = MESSAGE.matcher(row.group(4));
                while (message.find()) {
                    messages.add(unescape(message.group(1)));
                }
                rows.add(new String[] {row.group(1), row.group(3), unescape(row.group(2)), String.join(" | ", messages)});
            }
            Matcher totals = TOTALS.matcher(json);
            return new Report(rows, totals.find() ? danish(totals.group(1)) : "",
                    json.contains("\"stored\":true"), json.contains("\"dryRun\":true"));
        }

        /** "rows":15,"created":15,… as "15 rækker, 15 oprettet, …". */
        private static String danish(String totals) {
            Map<String, String> words = Map.of("rows", "rækker", "created", "oprettet", "updated", "ændret",
                    "unchanged", "uændret", "refused", "afvist");
            List<String> parts = new ArrayList<>();
            Matcher m = Pattern.compile("\"(\\w+)\":(\\d+)").matcher(totals);
            while (m.find()) {
                parts.add(m.group(2) + " " + words.getOrDefault(m.group(1), m.group(1)));
            }
            return String.join(", ", parts);
        }

        void print(PrintStream out) {
            int titleWidth = Math.min(50, Math.max(5, rows.stream().mapToInt(r -> r[2].length()).max().orElse(5)));
            String format = "%-5s %-9s %-" + titleWidth + "s %s%n";
            out.printf(format, "Række", "Status", "Titel", "Beskeder");
            for (String[] r : rows) {
                String title = r[2].length() > titleWidth ? r[2].substring(0, titleWidth - 1) + "…" : r[2];
                out.printf(format, r[0], r[1], title, r[3]);
            }
            out.println();
            out.println("I alt: " + totals);
            out.println(stored ? "Gemt." : dryRun ? "Prøvekørsel: intet er gemt." : "Intet er gemt.");
        }
    }
}

package dk.pulje.web.ops;

/**
 * Which requests earn a line in the server log (issue 14): every failed one (5xx, or one that ended in an unexpected
 * error with an incident id, such as an ajax request answered with a message) and every slow one. 4xx are not logged
 * here: they are expected refusals (a missing page, a role that may not, a bad field), the security log keeps the
 * ones that matter (docs/security.md), and a scanner's thousands of 404 would bury the lines an operator needs.
 *
 * @param thresholdMillis a request that took at least this long is slow
 */
public record SlowOrFailed(long thresholdMillis) {

    /** The default threshold: one second, far above a normal page (docs/performance.md) and below a user's patience. */
    public static final long DEFAULT_THRESHOLD_MILLIS = 1000;
    /** Environment variable: the threshold when the server starts. */
    public static final String ENVIRONMENT = "PULJE_SLOW_REQUEST_MS";
    /** System property: overrides the variable, and can be changed on a running server (docs/operations.md). */
    public static final String PROPERTY = "pulje.slow-request-ms";

    public SlowOrFailed {
        if (thresholdMillis < 0) {
            throw new IllegalArgumentException("The slow-request threshold cannot be negative: " + thresholdMillis);
        }
    }

    /** The threshold from the system property, else the environment, else the default; a bad value is the default. */
    public static SlowOrFailed configured(String property, String environment) {
        for (String value : new String[] {property, environment}) {
            if (value != null && !value.isBlank()) {
                try {
                    long millis = Long.parseLong(value.trim());
                    if (millis >= 0) {
                        return new SlowOrFailed(millis);
                    }
                } catch (NumberFormatException notANumber) {
                    // falls through to the next source, then the default
                }
            }
        }
        return new SlowOrFailed(DEFAULT_THRESHOLD_MILLIS);
    }

    public boolean failed(int status, String incident) {
        return status >= 500 || incident != null;
    }

    /** A negative time is unknown (the request failed before Pulje's filters ran), never slow. */
    public boolean slow(long millis) {
        return millis >= 0 && millis >= thresholdMillis;
    }

    public boolean logs(int status, long millis, String incident) {
        return failed(status, incident) || slow(millis);
    }

    /**
     * The line: fixed keys in a fixed order, so that it is read by eye and by {@code grep}/{@code awk}. The path
     * without its query string (a search may carry a name or a CPR number typed into the wrong field); {@code ms=-}
     * when the time is not known.
     */
    public static String line(String method, String path, int status, long millis, String user, String incident) {
        StringBuilder line = new StringBuilder(120).append(incident != null || status >= 500 ? "failed" : "slow")
                .append(" request: method=").append(method)
                .append(" path=").append(clean(path))
                .append(" status=").append(status)
                .append(" ms=").append(millis < 0 ? "-" : String.valueOf(millis))
                .append(" user=").append(user == null || user.isBlank() ? "-" : clean(user));
        if (incident != null) {
            line.append(" incident=").append(incident);
        }
        return line.toString();
    }

    /** No spaces or line breaks from the outside world in a log line (log forging). */
    private static String clean(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> clean.append(Character.isWhitespace(c) || Character.isISOControl(c) ? "_"
                : new String(Character.toChars(c))));
        return clean.toString();
    }
}

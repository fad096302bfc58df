package dk.pulje.application.dashboard;

/** A fund of the caller's portfolio, as {@code GET /api/v1/funds} lists it. */
public record FundEntry(long id, String name, String shortName, String funderName, long rounds) {
}

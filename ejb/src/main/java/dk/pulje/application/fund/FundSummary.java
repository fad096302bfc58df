package dk.pulje.application.fund;

/** A fund the caller administers, as a list shows it. */
public record FundSummary(long id, String name, String shortName, String funderName, long rounds) {
}

package dk.pulje.application.fund;

import java.io.Serializable;

/** A fund the caller administers, as a list shows it. */
public record FundSummary(long id, String name, String shortName, String funderName, long rounds) implements Serializable {
}

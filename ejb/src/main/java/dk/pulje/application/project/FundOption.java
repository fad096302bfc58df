package dk.pulje.application.project;

/** A fund as a choice in a filter. */
public record FundOption(long id, String shortName) {
}

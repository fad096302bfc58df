package dk.pulje.application.project;

import java.io.Serializable;

/** A fund as a choice in a filter. */
public record FundOption(long id, String shortName) implements Serializable {
}

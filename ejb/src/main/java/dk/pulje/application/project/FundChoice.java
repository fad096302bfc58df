package dk.pulje.application.project;

import java.util.List;

/** A fund the caller administers, with its rounds and their sub-pools: the registration form's choices. */
public record FundChoice(long id, String name, List<RoundChoice> rounds) {

    public record RoundChoice(long id, String name, List<Option> subPools) {
    }

    public record Option(long id, String name) {
    }
}

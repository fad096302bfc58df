package dk.pulje.application.project;

import java.io.Serializable;

import java.util.List;

/** A fund the caller administers, with its rounds and their sub-pools: the registration form's choices. */
public record FundChoice(long id, String name, List<RoundChoice> rounds) implements Serializable {

    public record RoundChoice(long id, String name, List<Option> subPools) implements Serializable {
    }

    public record Option(long id, String name) implements Serializable {
    }
}

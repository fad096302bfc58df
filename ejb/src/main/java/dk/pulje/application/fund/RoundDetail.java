package dk.pulje.application.fund;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;
import java.util.List;

/** A round as its page reads it: what the editor changes, and the live figures of its money and sub-pools. */
public record RoundDetail(long id, long version, long fundId, String fundName, String name, Integer year,
                          Money envelope, LocalDate applicationDeadline, LocalDate decisionDate, RoundFigures figures,
                          List<SubPoolFigures> subPools) implements Serializable {

    public RoundDetail {
        subPools = List.copyOf(subPools);
    }
}

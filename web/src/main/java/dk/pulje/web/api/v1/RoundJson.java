package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;

import dk.pulje.application.dashboard.RoundEntry;
import dk.pulje.application.fund.FundCatalogService.RoundView;

import java.time.LocalDate;

/** A round of a fund; the envelope as a string with two decimals, null when none is stated. */
public record RoundJson(long id, String name, Integer year, @ApiAmount String envelope, String currency,
                        LocalDate applicationDeadline, LocalDate decisionDate, long fundId) {

    static RoundJson of(RoundEntry round, long fundId) {
        return new RoundJson(round.id(), round.name(), round.year(), ApiValues.amount(round.envelope()), "DKK",
                round.applicationDeadline(), round.decisionDate(), fundId);
    }

    static RoundJson of(RoundView round) {
        return new RoundJson(round.id(), round.name(), round.year(), ApiValues.amount(round.envelope()), "DKK",
                round.applicationDeadline(), round.decisionDate(), round.fundId());
    }
}

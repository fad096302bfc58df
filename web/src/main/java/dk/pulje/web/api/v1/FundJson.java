package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.FundEntry;

/** A fund of the caller's portfolio. */
public record FundJson(long id, String name, String shortName, String funder, long rounds) {

    static FundJson of(FundEntry fund) {
        return new FundJson(fund.id(), fund.name(), fund.shortName(), fund.funderName(), fund.rounds());
    }
}

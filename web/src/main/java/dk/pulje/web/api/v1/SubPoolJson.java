package dk.pulje.web.api.v1;

import dk.pulje.application.fund.FundCatalogService.SubPoolView;

/** A sub-pool of a round: its kind ({@code THEME}, {@code OPEN} …) and target share ("0.8000"), null when none is set. */
public record SubPoolJson(long id, long roundId, String name, String kind, String targetShare) {

    static SubPoolJson of(SubPoolView pool) {
        return new SubPoolJson(pool.id(), pool.roundId(), pool.name(), pool.kind().name(), ApiValues.share(pool.targetShare()));
    }
}

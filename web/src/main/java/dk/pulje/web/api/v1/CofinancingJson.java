package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.ApiShare;

import dk.pulje.application.dashboard.Cofinancing;
import dk.pulje.application.dashboard.CofinancingRow;
import dk.pulje.application.dashboard.SupportShareRow;
import jakarta.json.bind.annotation.JsonbNillable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/rounds/{id}/cofinancing}: the lowest and highest support shares, how many projects have each
 * outcome, and the projects against their effective rule, smallest margin first (at most {@code limit} of
 * {@code of}). Margins in kroner as amounts, in points as a fraction ("-0.000363" = −0,04 points).
 */
@JsonbNillable
public record CofinancingJson(long round, List<Share> lowest, List<Share> highest, Map<String, Long> outcomes, int limit,
                              long of, List<Judged> projects) {

    @JsonbNillable
    public record Share(long project, String title, String town, @ApiAmount String total, @ApiAmount String granted, @ApiShare String supportShare) {

        static Share of(SupportShareRow r) {
            return new Share(r.projectId(), r.title(), r.town(), ApiValues.amount(r.total()), ApiValues.amount(r.granted()),
                    ApiValues.share(r.supportShare()));
        }
    }

    /** @param owner SUB_POOL or FUND: whose rule it is */
    @JsonbNillable
    public record Rule(String owner, @ApiShare String minimumShare, @ApiAmount String threshold, @ApiAmount String tolerance, String source) {
    }

    @JsonbNillable
    public record Judged(long project, String title, String town, String subPool, @ApiAmount String total, @ApiAmount String granted, Rule rule,
                         String outcome, @ApiAmount String cofinancing, @ApiShare String share, @ApiShare String marginPoints, @ApiAmount String margin) {

        static Judged of(CofinancingRow r) {
            Rule rule = r.rule() == null ? null : new Rule(r.rule().owner().name(), ApiValues.share(r.rule().minimumShare()),
                    ApiValues.amount(r.rule().threshold()), ApiValues.amount(r.rule().tolerance()), r.rule().source());
            return new Judged(r.projectId(), r.title(), r.town(), r.subPool(), ApiValues.amount(r.total()),
                    ApiValues.amount(r.granted()), rule, r.outcome().name(), ApiValues.amount(r.cofinancing()),
                    ApiValues.fraction(r.share()), ApiValues.fraction(r.marginPoints()), ApiValues.amount(r.margin()));
        }
    }

    static CofinancingJson of(long round, Cofinancing c) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        c.outcomes().forEach((k, v) -> outcomes.put(k.name(), v));
        return new CofinancingJson(round, c.lowest().stream().map(Share::of).toList(),
                c.highest().stream().map(Share::of).toList(), outcomes, c.limit(), c.listedOf(),
                c.projects().stream().map(Judged::of).toList());
    }
}

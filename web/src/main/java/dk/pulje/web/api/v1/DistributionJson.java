package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.ApiShare;

import dk.pulje.application.dashboard.Distribution;
import dk.pulje.application.dashboard.DistributionGroup;
import dk.pulje.application.dashboard.ScatterPoint;
import jakarta.json.bind.annotation.JsonbNillable;

import java.util.List;

/**
 * {@code GET /api/v1/rounds/{id}/distribution?by=…}: the groups (a "not stated" group has key null and notStated
 * true), the round as a whole (each project once), and the scatter of total against grant.
 *
 * @param groupsOverlap true for {@code by=theme}: a project counts in each of its themes, so the groups add up to
 *                      more than {@code overall}
 */
@JsonbNillable
public record DistributionJson(long round, String by, boolean groupsOverlap, Group overall, List<Group> groups,
                               Scatter scatter) {

    @JsonbNillable
    public record Group(Long id, String key, boolean notStated, long projects, @ApiAmount String granted, long grantedKnown,
                        @ApiAmount String total, long totalKnown, @ApiShare String supportShare) {

        static Group of(DistributionGroup g) {
            return new Group(g.id(), g.key(), g.isNotStated(), g.projects(), ApiValues.amount(g.granted()),
                    g.grantedKnown(), ApiValues.amount(g.total()), g.totalKnown(), ApiValues.share(g.supportShare()));
        }
    }

    /** @param of how many projects have both amounts; at most {@code limit} are listed, the largest totals first */
    public record Scatter(int limit, long of, List<Point> points) {
    }

    @JsonbNillable
    public record Point(long project, String title, String town, @ApiAmount String total, @ApiAmount String granted, @ApiShare String supportShare) {

        static Point of(ScatterPoint p) {
            return new Point(p.projectId(), p.title(), p.town(), ApiValues.amount(p.total()), ApiValues.amount(p.granted()),
                    ApiValues.share(p.supportShare()));
        }
    }

    static DistributionJson of(long round, Distribution d) {
        Group overall = Group.of(d.overall());
        return new DistributionJson(round, d.by().parameter(), d.by().overlaps(),
                new Group(null, null, false, overall.projects(), overall.granted(), overall.grantedKnown(), overall.total(),
                        overall.totalKnown(), overall.supportShare()),
                d.groups().stream().map(Group::of).toList(),
                new Scatter(d.scatterLimit(), d.scatterOf(), d.scatter().stream().map(Point::of).toList()));
    }
}

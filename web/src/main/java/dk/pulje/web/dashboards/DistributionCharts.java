package dk.pulje.web.dashboards;

import dk.pulje.domain.model.money.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations for {@code p:chart} on the distribution page (issue 11): amounts in millions of kroner,
 * numbers in the reader's locale (Chart.js formats ticks with {@code Intl}), two colours that also differ in pattern
 * (solid against outlined), so that colour is never the only signal; the table beside each chart has every figure.
 */
final class DistributionCharts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** Dark blue and orange: distinguishable for the common colour-vision deficiencies, 3:1 against white. */
    private static final String FIRST = "#1f4e79";
    private static final String SECOND = "#b35900";

    private DistributionCharts() {
    }

    /** A bar per series and label, horizontal (long town and institution names stay readable). */
    static String bars(Locale locale, List<String> labels, String firstSeries, List<Money> first, String secondSeries,
                       List<Money> second, String axisTitle) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", firstSeries).add("data", millions(first))
                        .add("backgroundColor", FIRST).add("borderColor", FIRST).add("borderWidth", 1))
                .add(Json.createObjectBuilder().add("label", secondSeries).add("data", millions(second))
                        .add("backgroundColor", "rgba(179, 89, 0, 0.15)").add("borderColor", SECOND).add("borderWidth", 2));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("locale", locale.toLanguageTag())
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle)))
                        // every group's name beside its bars: none skipped when space is short
                        .add("y", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /**
     * Total project sum (x) against grant (y) per project, with a dashed line through the origin at the portfolio's
     * support share: a project far above it got a large share of its total, far below a small one.
     */
    static String scatter(Locale locale, String pointsLabel, List<Money> totals, List<Money> grants, String lineLabel,
                          BigDecimal supportShare, String xTitle, String yTitle) {
        JsonArrayBuilder points = Json.createArrayBuilder();
        BigDecimal largest = BigDecimal.ZERO;
        for (int i = 0; i < totals.size(); i++) {
            BigDecimal x = inMillions(totals.get(i));
            points.add(Json.createObjectBuilder().add("x", x).add("y", inMillions(grants.get(i))));
            largest = largest.max(x);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", pointsLabel).add("data", points)
                        .add("backgroundColor", FIRST).add("borderColor", FIRST).add("pointRadius", 5)
                        .add("pointStyle", "circle"));
        if (supportShare != null) {
            datasets.add(Json.createObjectBuilder().add("label", lineLabel)
                    .add("data", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("x", 0).add("y", 0))
                            .add(Json.createObjectBuilder().add("x", largest)
                                    .add("y", largest.multiply(supportShare).setScale(3, RoundingMode.HALF_UP))))
                    .add("showLine", true).add("pointRadius", 0).add("borderColor", SECOND).add("borderWidth", 2)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("locale", locale.toLanguageTag())
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", xTitle)))
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle))));
        return Json.createObjectBuilder().add("type", "scatter")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonArrayBuilder millions(List<Money> amounts) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        amounts.forEach(a -> values.add(inMillions(a)));
        return values;
    }

    private static BigDecimal inMillions(Money amount) {
        return amount == null ? BigDecimal.ZERO : amount.amount().divide(MILLION, 3, RoundingMode.HALF_UP);
    }
}

package dk.pulje.web.dashboards;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart} (a JSON string), built with JSON-P so that a label holding a quote or a
 * tag stays text. The charts of issue 11's compare and organisations views are grouped or stacked bars; every chart
 * has a table beside it with the same figures, and its canvas an aria-label that states the gist.
 */
final class DashboardCharts {

    /** Colours that differ in lightness too (Okabe–Ito), so that a reader without colour vision tells them apart. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9");

    private DashboardCharts() {
    }

    /** A series: its legend label and one value per category (null where unknown: no bar). */
    record Series(String label, List<BigDecimal> values) {
    }

    /**
     * @param locale  the reader's language tag ("da", "en"): Chart.js formats the axis numbers with it
     * @param counts  whole numbers only (no 0,5 project on the axis)
     */
    static String bars(List<String> categories, List<Series> series, boolean horizontal, boolean stacked, String locale,
                       boolean counts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour).add("borderWidth", 1));
        }
        JsonObjectBuilder ticks = Json.createObjectBuilder();
        if (counts) {
            ticks.add("precision", 0);
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", ticks);
        JsonObjectBuilder categoryAxis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueAxis)
                .add(horizontal ? "y" : "x", categoryAxis);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("locale", locale).add("scales", scales);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

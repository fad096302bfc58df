package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DashboardOptionsService;
import dk.pulje.application.dashboard.FilterOptions;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboards' filters as they stand in the address ({@code ?fund=…&round=…&year=…&theme=…&town=…&type=…&status=…
 * &subPool=…}), so that a view can be bookmarked and shared: read from the request, written back into every link
 * (the dashboards' tabs, drill-downs to the project list, exports). The filter bar is a plain GET form
 * ({@code WEB-INF/includes/dashboard/filters.xhtml}); a value that does not parse (an edited address) is left out and
 * named in {@link #getIgnored()}, never guessed at.
 */
@Named
@RequestScoped
public class DashboardFilters {

    /** The parameter names, in the order links write them. */
    public static final List<String> PARAMETERS = List.of("fund", "round", "year", "theme", "town", "type", "status", "subPool");

    @Inject
    private DashboardOptionsService optionsService;

    private DashboardFilter filter;
    private FilterOptions options;
    private final java.util.List<String> ignored = new java.util.ArrayList<>();

    /** The filter of this request. */
    public DashboardFilter getFilter() {
        if (filter == null) {
            filter = read(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        }
        return filter;
    }

    /** The parameters that were given but could not be read, by name. */
    public List<String> getIgnored() {
        getFilter();
        return List.copyOf(ignored);
    }

    public FilterOptions getOptions() {
        if (options == null) {
            options = optionsService.options();
        }
        return options;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public OrganisationType[] getInstitutionTypes() {
        return OrganisationType.values();
    }

    /** The filter as a query string without the leading {@code ?} ("" without filters), for links. */
    public String getQuery() {
        return query(getFilter());
    }

    /** The query string of {@code filter}: set values only, in {@link #PARAMETERS}' order. */
    public static String query(DashboardFilter filter) {
        return parameters(filter).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The set values of {@code filter} by parameter name. */
    public static Map<String, String> parameters(DashboardFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "fund", filter.fund());
        put(values, "round", filter.round());
        put(values, "year", filter.year());
        put(values, "theme", filter.theme());
        put(values, "town", filter.town());
        put(values, "type", filter.institutionType() == null ? null : filter.institutionType().name());
        put(values, "status", filter.status() == null ? null : filter.status().name());
        put(values, "subPool", filter.subPool());
        return values;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    DashboardFilter read(Map<String, String> request) {
        return new DashboardFilter(
                parse(request, "fund", Long::valueOf),
                parse(request, "round", Long::valueOf),
                parse(request, "year", Integer::valueOf),
                parse(request, "theme", Long::valueOf),
                parse(request, "town", s -> s.length() > 100 ? null : s),
                parse(request, "type", OrganisationType::valueOf),
                parse(request, "status", ProjectStatus::valueOf),
                parse(request, "subPool", Long::valueOf));
    }

    private <T> T parse(Map<String, String> request, String name, Function<String, T> reader) {
        String value = request.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            T parsed = reader.apply(value.strip());
            if (parsed == null) {
                ignored.add(name);
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            ignored.add(name);
            return null;
        }
    }
}

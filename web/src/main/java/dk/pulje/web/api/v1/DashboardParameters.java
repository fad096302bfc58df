package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.function.Function;

/**
 * The dashboards' filter parameters as the API reads them ({@code fund, year, theme, town, type, status, subPool}, the
 * names of the pages' addresses): a value that does not parse is refused with 400, never guessed at or dropped (a
 * page leaves it out and says so; a program should learn at once that it asked for something else).
 */
final class DashboardParameters {

    /** As the project's town column. */
    private static final int TOWN_MAX = 100;

    private DashboardParameters() {
    }

    static DashboardFilter read(MultivaluedMap<String, String> query) {
        return new DashboardFilter(
                parse(query, "fund", Long::valueOf),
                parse(query, "round", Long::valueOf),
                parse(query, "year", Integer::valueOf),
                parse(query, "theme", Long::valueOf),
                parse(query, "town", s -> {
                    if (s.length() > TOWN_MAX) {
                        throw new IllegalArgumentException("town");
                    }
                    return s;
                }),
                parse(query, "type", OrganisationType::valueOf),
                parse(query, "status", ProjectStatus::valueOf),
                parse(query, "subPool", Long::valueOf));
    }

    private static <T> T parse(MultivaluedMap<String, String> query, String name, Function<String, T> reader) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(); // nothing of the input is echoed
        }
    }
}

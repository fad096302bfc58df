package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DashboardOptionsService;
import dk.pulje.application.dashboard.FilterOptions;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboards' filter as query parameters of the money and overdue-report endpoints ({@code fund, round, year,
 * theme, town, type, status, subPool}, as on the pages). Unlike the pages, which leave out what they cannot read, the
 * API refuses it: a value that does not parse is 400, and a fund, round or sub-pool outside the caller's portfolio is
 * 404, as if it did not exist (a forged id learns nothing).
 */
final class FilterFromQuery {

    private FilterFromQuery() {
    }

    static DashboardFilter read(MultivaluedMap<String, String> query, DashboardOptionsService options) {
        DashboardFilter filter = new DashboardFilter(
                parse(query, "fund", Long::valueOf), parse(query, "round", Long::valueOf),
                parse(query, "year", Integer::valueOf), parse(query, "theme", Long::valueOf),
                parse(query, "town", s -> {
                    if (s.length() > 100) {
                        throw new IllegalArgumentException("town");
                    }
                    return s;
                }),
                parse(query, "type", OrganisationType::valueOf), parse(query, "status", ProjectStatus::valueOf),
                parse(query, "subPool", Long::valueOf));
        if (filter.fund() != null || filter.round() != null || filter.subPool() != null) {
            FilterOptions mine = options.options();
            requireKnown(filter.fund(), mine.funds());
            requireKnown(filter.round(), mine.rounds());
            requireKnown(filter.subPool(), mine.subPools());
        }
        return filter;
    }

    private static void requireKnown(Long id, List<FilterOptions.Option> known) {
        if (id != null && known.stream().noneMatch(o -> o.id() == id)) {
            throw new NotFoundException();
        }
    }

    private static <T> T parse(MultivaluedMap<String, String> query, String name, Function<String, T> reader) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequestException();
        }
        try {
            return reader.apply(values.get(0).strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }

    /** An amount as the API writes it: a string with two decimals ("6000000.00"). */
    static String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share as a string with four decimals ("0.6895"). */
    static String share(BigDecimal share) {
        return share == null ? null : share.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DashboardOptionsService;
import dk.pulje.application.dashboard.FilterOptions;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * How the v1 API reads and writes values: amounts and shares as strings ("6000000.00", "0.6895") so that no client
 * parses money as a binary float; the dashboards' filter from the query ({@code fund, year, theme, town, type, status,
 * subPool}), a value that does not parse refused as 400 (never guessed at, never echoed); an id in the path that is not
 * a number is simply not found.
 */
final class ApiValues {

    private ApiValues() {
    }

    static String amount(Money money) {
        return money == null ? null : amount(money.amount());
    }

    static String amount(BigDecimal kroner) {
        return kroner == null ? null : kroner.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * A fraction exactly as computed ("-0.000363" for a co-financing margin of −0,04 points), where four decimals
     * would round a small margin to a different figure than the page's.
     */
    static String fraction(BigDecimal fraction) {
        return fraction == null ? null : fraction.toPlainString();
    }

    static String share(BigDecimal share) {
        return share == null ? null : share.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** As the project's town column. */
    private static final int TOWN_MAX = 100;

    /**
     * The dashboards' filter from the query string ({@code fund, round, year, theme, town, type, status, subPool}, the
     * names of the pages' addresses). Unlike the pages, which leave out what they cannot read and say so, the API
     * refuses it: a value that does not parse, or a filter given twice, is 400 (nothing of the input is echoed).
     */
    static DashboardFilter filter(MultivaluedMap<String, String> query) {
        return new DashboardFilter(
                parse(query, "fund", Long::valueOf),
                parse(query, "round", Long::valueOf),
                parse(query, "year", Integer::valueOf),
                parse(query, "theme", Long::valueOf),
                parse(query, "town", s -> {
                    if (s.length() > TOWN_MAX) {
                        throw new IllegalArgumentException("too long");
                    }
                    return s;
                }),
                parse(query, "type", OrganisationType::valueOf),
                parse(query, "status", ProjectStatus::valueOf),
                parse(query, "subPool", Long::valueOf));
    }

    /**
     * {@link #filter}, and a fund, round or sub-pool outside the caller's portfolio is 404, as if it did not exist (a
     * forged id learns nothing).
     */
    static DashboardFilter portfolioFilter(MultivaluedMap<String, String> query, DashboardOptionsService options) {
        DashboardFilter filter = filter(query);
        if (filter.fund() != null || filter.round() != null || filter.subPool() != null) {
            FilterOptions mine = options.options();
            requireKnown(filter.fund(), mine.funds());
            requireKnown(filter.round(), mine.rounds());
            requireKnown(filter.subPool(), mine.subPools());
        }
        return filter;
    }

    private static void requireKnown(Long id, java.util.List<FilterOptions.Option> known) {
        if (id != null && known.stream().noneMatch(o -> o.id() == id)) {
            throw new NotFoundException();
        }
    }

    static <T> T parse(MultivaluedMap<String, String> query, String name, Function<String, T> reader) {
        java.util.List<String> values = query.get(name);
        if (values != null && values.size() > 1) {
            throw new BadRequestException(); // one value per filter: two rounds of a filter are not guessed at
        }
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        try {
            return reader.apply(values.get(0).strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }
}

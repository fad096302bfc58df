package dk.pulje.web.api.v1.support;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Keyset paging for every list of API v1: {@code limit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}; anything else is 400) and {@code cursor} ({@link Cursor}); the answer is a {@link PageJson}
 * whose {@code next} is the address of the next page (the same query with the cursor replaced), null on the last,
 * also given as {@code Link: <…>; rel="next"} (RFC 8288).
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Paging() {
    }

    /** The {@code limit} parameter: absent is the default; not a number, below 1 or above the maximum is 400. */
    public static int limit(String text) {
        try {
            return parseLimit(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }

    /** As {@link #limit}, with IllegalArgumentException (NumberFormatException is one) for a bad limit. */
    static int parseLimit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit = Integer.parseInt(text.strip());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range");
        }
        return limit;
    }

    /** The {@code cursor} parameter, null when absent (the first page); 400 when it is not a cursor of ours. */
    public static Cursor cursor(String text) {
        return text == null || text.isEmpty() ? null : Cursor.decode(text);
    }

    /** The page as the answer: the body with {@code next}, and the {@code Link} header when there is a next page. */
    public static <T> Response answer(List<T> items, Cursor next, UriInfo uri) {
        String nextUri = next == null ? null
                : uri.getRequestUriBuilder().replaceQueryParam("cursor", next.encode()).build().toString();
        Response.ResponseBuilder response = Response.ok(new PageJson<>(items, nextUri));
        if (nextUri != null) {
            response.links(Link.fromUri(nextUri).rel("next").build());
        }
        return response.build();
    }
}

package dk.pulje.web.api.v1.support;

import jakarta.json.bind.annotation.JsonbNillable;

import java.util.List;

/**
 * One page of a list: its items and the address of the next page, null on the last (written as {@code null}, not
 * left out, so that a client can tell "no more" from a field it does not know).
 */
@JsonbNillable
public record PageJson<T>(List<T> items, String next) {

    public PageJson {
        items = List.copyOf(items);
    }
}

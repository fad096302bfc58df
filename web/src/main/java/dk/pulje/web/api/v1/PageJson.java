package dk.pulje.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** One page of a list: its items, and the address of the next page (null on the last). */
@JsonbPropertyOrder({"items", "next"})
public record PageJson<T>(List<T> items, String next) {
}

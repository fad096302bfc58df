package dk.pulje.application.dashboard;

import java.util.List;

/**
 * What the dashboards' filter bar offers the caller: only the funds of their portfolio and what occurs in it.
 *
 * @param rounds   each labelled with its fund's short name ("Uddannelsespuljen · Uddannelsespuljen 2024")
 * @param subPools each labelled with its round
 */
public record FilterOptions(List<Option> funds, List<Option> rounds, List<Integer> years, List<Option> themes,
                            List<String> towns, List<Option> subPools) {

    /** An id and what the reader sees. */
    public record Option(long id, String label) {
    }
}

package dk.pulje.application.imports;

import java.util.List;

/**
 * Proposes a mapping from a list's headers, Danish and English (project/titel, by/town, kommune, delpulje/sub-pool,
 * samlet projektsum/samlet budget/total, støtte/bevilget/granted, ansøger/projektejer/institution, journalnummer,
 * periode, …).
 */
public final class ColumnMappings {

    private ColumnMappings() {
    }

    public static ColumnMapping propose(List<String> headers) {
        // Foundation placeholder: helper A (issue 12, reading) writes the proposal and its tests.
        throw new UnsupportedOperationException("ColumnMappings.propose");
    }
}

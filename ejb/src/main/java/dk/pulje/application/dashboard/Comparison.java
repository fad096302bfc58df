package dk.pulje.application.dashboard;

import java.util.List;

/**
 * Two or more rounds or funds side by side, in the order the caller chose them; the first is what the others are
 * measured against.
 */
public record Comparison(CompareKind kind, List<Column> columns) {

    public Comparison {
        columns = List.copyOf(columns);
    }

    /** A column's figures and, except for the first, its difference to the first. */
    public record Column(ComparedFigures figures, ComparedDifference difference) {
    }

    static Comparison of(CompareKind kind, List<ComparedFigures> figures) {
        ComparedFigures first = figures.get(0);
        return new Comparison(kind, figures.stream()
                .map(f -> new Column(f, f == first ? null : f.minus(first))).toList());
    }
}

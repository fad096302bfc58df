package dk.pulje.application.dashboard;

/** What a comparison puts side by side (issue 11, Q6): rounds, or whole funds (all their rounds and round-less projects). */
public enum CompareKind {
    ROUND, FUND
}

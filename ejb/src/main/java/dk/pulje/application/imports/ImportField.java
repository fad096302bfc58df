package dk.pulje.application.imports;

/**
 * What a column of an allocation list can hold. A mapping ties each to at most one column; only {@link #TITLE} and
 * {@link #GRANTED} are required.
 */
public enum ImportField {
    TITLE,
    JOURNAL_NUMBER,
    OWNER,
    TOWN,
    MUNICIPALITY,
    SUB_POOL,
    TOTAL,
    APPLIED,
    GRANTED,
    /** A period as one cell ("2024-2025", "1.8.2024–31.7.2026"); START_DATE and END_DATE when the list has two. */
    PERIOD,
    START_DATE,
    END_DATE,
    THEME;

    public boolean required() {
        return this == TITLE || this == GRANTED;
    }
}

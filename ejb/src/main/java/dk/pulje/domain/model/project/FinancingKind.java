package dk.pulje.domain.model.project;

/** Where a part of the total project sum comes from. Labels: {@code enum.FinancingKind.*}. */
public enum FinancingKind {
    /** The grant of the fund the project is in. */
    THIS_GRANT,
    OWN_CASH,
    OWN_HOURS,
    PARTNER_CONTRIBUTION,
    OTHER_FUNDER;

    /** Everything but the fund's own grant counts as own financing (egenfinansiering) for the fund's rule. */
    public boolean isOwnFinancing() {
        return this != THIS_GRANT;
    }
}

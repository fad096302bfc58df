package dk.pulje.domain.model.fund;

/** The outcome of a fund's own-financing rule for one project. */
public enum OwnFinancingCheck {
    /** The fund has no rule, or the project is below its threshold. */
    NOT_REQUIRED,
    MET,
    NOT_MET,
    /** The total or some financing amounts are not known, and the known ones do not settle it. */
    UNKNOWN
}

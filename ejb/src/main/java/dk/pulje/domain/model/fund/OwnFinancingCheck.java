package dk.pulje.domain.model.fund;

/** The outcome of a fund's own-financing rule for one project. */
public enum OwnFinancingCheck {
    /** The fund has no rule, or the project is below its threshold. */
    NOT_REQUIRED,
    MET,
    NOT_MET,
    /**
     * The margin lies within the rule's stated tolerance: the amounts (often rounded in the source) cannot settle
     * it either way, and the margin is shown instead.
     */
    WITHIN_TOLERANCE,
    /** The total or some financing amounts are not known, and the known ones do not settle it. */
    UNKNOWN
}

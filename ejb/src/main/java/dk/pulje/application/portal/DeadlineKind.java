package dk.pulje.application.portal;

/** What falls due: a report the grantee owes, a milestone of the project, a tranche the fund expects to pay. Labels: {@code enum.DeadlineKind.*}. */
public enum DeadlineKind {
    REPORT,
    MILESTONE,
    PAYMENT
}

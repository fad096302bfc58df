package dk.pulje.application.worklist;

/** The columns the list of due reports sorts by. */
public enum ReportSort implements WorkListSort {
    DUE_DATE("ro.dueDate", false),
    TYPE("ro.type", false),
    PROJECT("lower(p.title)", false),
    OWNER("lower(o.name)", true),
    FUND("f.shortName", false);

    private final String expression;
    private final boolean nullable;

    ReportSort(String expression, boolean nullable) {
        this.expression = expression;
        this.nullable = nullable;
    }

    @Override
    public String orderBy(boolean ascending) {
        return WorkListSort.orderBy(expression, nullable, "ro.id", ascending);
    }
}

package dk.pulje.application.worklist;

/** The columns the list of due payments sorts by. */
public enum PaymentSort implements WorkListSort {
    PLANNED_DATE("pm.plannedDate", false),
    AMOUNT("pm.plannedAmount.amount", false),
    PROJECT("lower(p.title)", false),
    OWNER("lower(o.name)", true),
    FUND("f.shortName", false);

    private final String expression;
    private final boolean nullable;

    PaymentSort(String expression, boolean nullable) {
        this.expression = expression;
        this.nullable = nullable;
    }

    @Override
    public String orderBy(boolean ascending) {
        return WorkListSort.orderBy(expression, nullable, "pm.id", ascending);
    }
}

package dk.pulje.application.worklist;

/** The columns the list of grants not fully planned sorts by. */
public enum GrantSort implements WorkListSort {
    UNPLANNED(WorkListService.UNPLANNED, false),
    GRANTED("g.granted.amount", false),
    PROJECT("lower(p.title)", false),
    OWNER("lower(o.name)", true),
    FUND("f.shortName", false);

    private final String expression;
    private final boolean nullable;

    GrantSort(String expression, boolean nullable) {
        this.expression = expression;
        this.nullable = nullable;
    }

    @Override
    public String orderBy(boolean ascending) {
        return WorkListSort.orderBy(expression, nullable, "g.id", ascending);
    }
}

package dk.pulje.application.portal;

/**
 * The columns the administrators' board sorts by, a closed set: no request text reaches the SQL. Each ends in the
 * kind and the item's id in the same direction, so that pages never overlap.
 */
public enum DeadlineSort {
    DUE_DATE("d.due_date"),
    KIND("d.kind"),
    PROJECT("lower(d.project_title)"),
    OWNER("lower(d.owner_name)"),
    FUND("d.fund_name");

    private final String expression;

    DeadlineSort(String expression) {
        this.expression = expression;
    }

    String orderBy(boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return expression + direction + " nulls last, d.due_date" + direction + ", d.kind" + direction + ", d.item_id" + direction;
    }
}

package dk.pulje.application.project;

/**
 * The columns a project list can be sorted by, each with the JPQL expression it sorts on. A closed set: no
 * text from a request ever reaches the query.
 */
public enum ProjectSort {
    TITLE("lower(p.title)"),
    FUND("f.shortName"),
    ROUND("r.name"),
    OWNER("lower(o.name)"),
    TOWN("p.town"),
    STATUS("p.status"),
    TOTAL("p.totalSum.amount"),
    GRANTED("g.granted.amount");

    private final String expression;

    ProjectSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}

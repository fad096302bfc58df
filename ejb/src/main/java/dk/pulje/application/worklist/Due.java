package dk.pulje.application.worklist;

/**
 * Which rows of a dated work list to show: all of them (overdue and coming), only the overdue ones (the date has passed),
 * or only the coming ones (today or within the horizon). Labels: {@code enum.Due.*}.
 */
public enum Due {
    ALL,
    OVERDUE,
    COMING
}

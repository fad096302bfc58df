package dk.pulje.application.worklist;

/** How many rows of a dated work list there are, and how many of them are overdue (read with select new). */
public record DueCount(long all, long overdue) {

    public long coming() {
        return all - overdue;
    }
}

package dk.pulje.application.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The project periods that meet the window from {@code windowStart} to {@code windowEnd}, at most {@code limit} of
 * them (the earliest starts first), with their report deadlines in the window.
 *
 * @param total how many projects meet the window; more than {@code projects.size()} when the limit cut the list
 */
public record Timeline(LocalDate today, LocalDate windowStart, LocalDate windowEnd, int limit, long total,
                       List<TimelineProject> projects, List<TimelineDeadline> deadlines) {

    public Timeline {
        projects = List.copyOf(projects);
        deadlines = List.copyOf(deadlines);
    }

    public boolean isCut() {
        return total > projects.size();
    }
}

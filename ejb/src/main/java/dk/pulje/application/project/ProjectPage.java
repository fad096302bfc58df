package dk.pulje.application.project;

import java.util.List;

/** One window of a filtered, sorted project list and the number of projects that match the filter in all. */
public record ProjectPage(List<ProjectSummary> rows, long totalCount) {

    public ProjectPage {
        rows = List.copyOf(rows);
    }
}

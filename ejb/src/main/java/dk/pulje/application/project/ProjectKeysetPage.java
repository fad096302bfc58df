package dk.pulje.application.project;

import java.util.List;

/**
 * One keyset page of the project list: its rows, and where the next page starts (null when this is the last).
 * No total: counting a large portfolio costs as much as reading it, and a client paging to the end needs none.
 */
public record ProjectKeysetPage(List<ProjectSummary> rows, ProjectPosition next) {

    public ProjectKeysetPage {
        rows = List.copyOf(rows);
    }
}

package dk.pulje.application.opendata;

import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;

import java.time.LocalDate;
import java.util.List;

/**
 * One decided grant and its project, as open data publishes it.
 *
 * @param recipient    the project owner; null when the project has none registered
 * @param awardDate    the grant's decision date, else the round's, else the day Pulje recorded the decision (audit)
 * @param related      the maturation → follow-up links: the follow-up this project leads to, the projects leading to it
 */
public record OpenDataGrant(long projectId, String title, String description, ProjectType type, ProjectStatus status,
                            OpenDataProgramme programme, OpenDataParty funder, OpenDataParty recipient, String town,
                            LocalDate awardDate, LocalDate startDate, LocalDate endDate, OpenDataFigures figures,
                            List<OpenDataLink> related) {

    public OpenDataGrant {
        related = List.copyOf(related);
    }
}

package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as the fund administrator registers it in one form: the project, its parts and the application to
 * the fund. Only the fund, the title and the type are required; what the application does not state stays unknown.
 * Lists are never null (the compact constructor makes them empty).
 *
 * @param followUpId for a maturation project: the larger project it leads to
 * @param themes     theme names; a known theme is reused whatever its case, a new one is created
 */
public record RegisterApplication(long fundId, Long roundId, Long subPoolId, @Size(max = 300) String title,
                                  @NotNull ProjectType type, Long followUpId, Long ownerId, LocalDate startDate,
                                  LocalDate endDate, @Size(max = 100) String town, List<String> themes,
                                  List<String> targetGroups, String description, List<String> activities,
                                  @Valid List<Goal> goals, @Valid List<PartnerLine> partners,
                                  @Valid List<ContactLine> contacts, Money totalSum, Money applied) {

    public record Goal(String description, String indicators) {
    }

    public record PartnerLine(long organisationId, @NotNull PartnerRole role) {
    }

    /**
     * A contact person of the owner or a partner, with their role in the project; found by name in the organisation,
     * or added to it.
     */
    public record ContactLine(long organisationId, String name, @Size(max = 200) String jobTitle,
                              @Size(max = 200) String email, @Size(max = 50) String phone,
                              @Size(max = 100) String role) {
    }

    public RegisterApplication {
        themes = themes == null ? List.of() : List.copyOf(themes);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        activities = activities == null ? List.of() : List.copyOf(activities);
        goals = goals == null ? List.of() : List.copyOf(goals);
        partners = partners == null ? List.of() : List.copyOf(partners);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}

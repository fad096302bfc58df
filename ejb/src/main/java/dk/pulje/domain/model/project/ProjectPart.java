package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/**
 * A part of a {@link Project} aggregate with a row of its own: a partner, a result goal, a budget or financing line, a
 * report obligation, a milestone. Created and removed through the project. The link to the project is audited for
 * the parts that are, so that a project's history can find them.
 */
@MappedSuperclass
@Audited
public abstract class ProjectPart extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    protected ProjectPart() {
        // for JPA
    }

    protected ProjectPart(Project project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    public Project getProject() {
        return project;
    }
}

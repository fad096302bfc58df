package dk.pulje.domain.model.project;

import dk.pulje.domain.model.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.Objects;

/** An organisation in a project (projektdeltager, samarbejdspartner) with its role. Part of the {@link Project}. */
@Entity
@Audited
@Table(name = "project_partner")
public class Partner extends ProjectPart {

    @NotNull
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private PartnerRole role;

    protected Partner() {
        // for JPA
    }

    Partner(Project project, Organisation organisation, PartnerRole role) {
        super(project);
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.role = Objects.requireNonNull(role, "role");
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PartnerRole getRole() {
        return role;
    }
}

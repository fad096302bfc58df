package dk.pulje.application.organisation;

import java.io.Serializable;

import dk.pulje.domain.model.project.PartnerRole;

/** A project the organisation owns ({@code role} null) or takes part in with a role, for a read-only list. */
public record OrganisationProject(long projectId, String title, String fundShortName, PartnerRole role) implements Serializable {

    public boolean isOwner() {
        return role == null;
    }
}

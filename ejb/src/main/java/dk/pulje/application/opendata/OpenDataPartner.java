package dk.pulje.application.opendata;

import dk.pulje.domain.model.project.PartnerRole;

/** An organisation taking part in a project, with its role there. */
public record OpenDataPartner(long projectId, OpenDataParty organisation, PartnerRole role) {
}

package dk.pulje.web.api.v1;

import dk.pulje.application.organisation.OrganisationDetail;
import dk.pulje.application.organisation.OrganisationSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An organisation as API v1 shows it ({@code GET /api/v1/organisations/{id}}); {@code PUT} takes the writable part of
 * it ({@link OrganisationBody}). {@code version} is the number in the ETag. {@code aliases} is null in lists.
 */
@JsonbPropertyOrder({"id", "version", "name", "type", "cvr", "town", "municipality", "region", "country", "aliases"})
public record OrganisationJson(long id, long version, String name, String type, String cvr, String town,
                               String municipality, String region, String country, List<String> aliases) {

    static OrganisationJson of(OrganisationDetail o) {
        return new OrganisationJson(o.id(), o.version(), o.name(), o.type().name(),
                o.cvr() == null ? null : o.cvr().digits(), o.town(), o.municipality(), o.region(), o.country(),
                o.aliases());
    }

    static OrganisationJson of(OrganisationSummary o) {
        return new OrganisationJson(o.id(), o.version(), o.name(), o.type().name(),
                o.cvr() == null ? null : o.cvr().digits(), o.town(), null, null, null, null);
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.web.api.v1.support.StrictJson;

/**
 * What a client writes of an organisation ({@code POST} and {@code PUT /api/v1/organisations…}): the same field names
 * as {@link OrganisationJson}; {@code id}, {@code version} and {@code aliases} are the server's and refused as unknown.
 * The CVR number as eight digits (spaces allowed), checked by the same modulus-11 rule as the pages.
 */
@StrictJson
public record OrganisationBody(String name, OrganisationType type, String cvr, String town, String municipality,
                               String region, String country) {
}

package dk.pulje.application.opendata;

import dk.pulje.domain.model.organisation.OrganisationType;

/**
 * An organisation as open data names it: a funder, a grant's recipient (the project owner) or a partner.
 *
 * @param cvr     the Danish CVR number (eight digits) when known
 * @param country ISO 3166 code when the organisation is abroad; null for a Danish one
 */
public record OpenDataParty(long id, String name, OrganisationType type, String cvr, String town, String country) {

    /** The organisation's country: Denmark unless the register says otherwise. */
    public String countryCode() {
        return country == null || country.isBlank() ? "DK" : country;
    }
}

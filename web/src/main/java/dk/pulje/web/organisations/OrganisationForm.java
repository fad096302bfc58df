package dk.pulje.web.organisations;

import dk.pulje.application.organisation.ChangeOrganisation;
import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationDetail;
import dk.pulje.domain.model.organisation.OrganisationType;

import java.io.Serializable;

/** An organisation's fields as its editor types them; a command only when saved. The CVR number stays as typed. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private OrganisationType type;
    private String cvr;
    private String town;
    private String municipality;
    private String region;
    private String country = "DK";

    static OrganisationForm of(OrganisationDetail saved) {
        OrganisationForm form = new OrganisationForm();
        form.name = saved.name();
        form.type = saved.type();
        form.cvr = saved.cvr() == null ? null : saved.cvr().digits();
        form.town = saved.town();
        form.municipality = saved.municipality();
        form.region = saved.region();
        form.country = saved.country();
        return form;
    }

    NewOrganisation toNew() {
        return new NewOrganisation(name, type, cvr, town, municipality, region, blankToNull(country));
    }

    ChangeOrganisation toChange(OrganisationDetail opened) {
        return new ChangeOrganisation(opened.id(), opened.version(), name, type, cvr, town, municipality, region,
                blankToNull(country));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getCvr() {
        return cvr;
    }

    public void setCvr(String cvr) {
        this.cvr = cvr;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}

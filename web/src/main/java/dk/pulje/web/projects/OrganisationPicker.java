package dk.pulje.web.projects;

import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search as you type for an organisation (name, alias, CVR or town), for the project page's owner, partner and
 * contributor fields: {@code p:autoComplete completeMethod="#{organisationPicker.complete}"
 * converter="#{organisationPicker}"}. The choices it offered are remembered by id, so a forged id finds nothing here.
 */
@Named
@ViewScoped
public class OrganisationPicker implements Converter<OrganisationSummary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    private final Map<String, OrganisationSummary> offered = new HashMap<>();

    public List<OrganisationSummary> complete(String typed) {
        List<OrganisationSummary> found = organisations.search(typed, 12);
        found.forEach(this::remember);
        return found;
    }

    /** An organisation the page already shows (the current owner, a contributor) counts as offered. */
    public OrganisationSummary remember(OrganisationSummary organisation) {
        if (organisation != null) {
            offered.put(Long.toString(organisation.id()), organisation);
        }
        return organisation;
    }

    /** The organisation as the field shows it: "Randers Bibliotek (Randers)". */
    public String label(OrganisationSummary organisation) {
        return organisation == null ? "" : organisation.name() + (organisation.town() == null ? "" : " (" + organisation.town() + ")");
    }

    @Override
    public OrganisationSummary getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : offered.get(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationSummary value) {
        return value == null ? "" : Long.toString(value.id());
    }
}

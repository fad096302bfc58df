package dk.pulje.web.funds;

import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.FundSummary;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /funds/list.xhtml}: the funds the administrator administers, and a new fund (its creator administers
 * it from then on). Creating one opens its page, where its rounds are added.
 */
@Named
@ViewScoped
public class FundListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundService funds;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    @Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    /** The list's download: the funds the caller administers (the page's own list). */
    static final dk.pulje.web.support.export.ListExport<FundSummary> EXPORT = dk.pulje.web.support.export.ListExport
            .<FundSummary>named("puljer", "Puljer")
            .text("funds.name", FundSummary::name)
            .text("funds.shortName", FundSummary::shortName)
            .text("funds.funder", FundSummary::funderName)
            .integer("funds.rounds", FundSummary::rounds);

    private List<FundSummary> administered;
    private List<OrganisationSummary> funders;

    private final FundForm form = new FundForm();

    @PostConstruct
    void load() {
        administered = funds.administeredFunds();
        funders = organisations.list();
    }

    /** View action: {@code ?export=CSV|XLSX} sends the list. */
    public void export() {
        downloads.sendIfAsked(EXPORT, () -> EXPORT.of(administered));
    }

    public String create() {
        try {
            long id = funds.create(form.toNewFund());
            messages.info("funds.created", form.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/funds/fund?faces-redirect=true&id=" + id;
        } catch (RuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public List<FundSummary> getAdministered() {
        return administered;
    }

    public List<OrganisationSummary> getFunders() {
        return funders;
    }

    public FundForm getForm() {
        return form;
    }
}

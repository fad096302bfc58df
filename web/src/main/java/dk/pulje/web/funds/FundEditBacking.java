package dk.pulje.web.funds;

import dk.pulje.application.fund.FundDetail;
import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewRound;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /funds/fund.xhtml?id=N}: a fund's funder, names and own-financing rule, its rounds, and a new round.
 * The version the editor opened travels with the change; a fund outside the caller's funds is not found.
 */
@Named
@ViewScoped
public class FundEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundService funds;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private String id;
    private FundDetail fund;
    private List<OrganisationSummary> funders;
    /** Someone else saved the fund since it was opened: the page offers a reload. */
    private boolean stale;

    /** The fund as the editor leaves it. */
    private FundForm form;

    // A new round.
    private String roundName;
    private Integer roundYear;
    private Money roundEnvelope;
    private LocalDate roundDeadline;
    private LocalDate roundDecisionDate;

    public void load() throws IOException {
        if (fund != null) {
            return; // a postback of the open view keeps what was typed
        }
        Long fundId = PageIds.parse(id);
        fund = fundId == null ? null : funds.fund(fundId).orElse(null);
        if (fund == null) {
            PageIds.notFound();
            return;
        }
        funders = organisations.list();
        fillForm();
    }

    private void fillForm() {
        form = FundForm.of(fund);
    }

    public void save() {
        try {
            funds.change(form.toChange(fund));
            fund = funds.fund(fund.id()).orElseThrow();
            fillForm();
            messages.info("fund.saved", form.getName());
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public String addRound() {
        try {
            long roundId = funds.addRound(new NewRound(fund.id(), roundName, roundYear, roundEnvelope, roundDeadline,
                    roundDecisionDate));
            messages.info("round.created", roundName);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/funds/round?faces-redirect=true&id=" + roundId;
        } catch (RuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public FundDetail getFund() {
        return fund;
    }

    public List<OrganisationSummary> getFunders() {
        return funders;
    }

    public boolean isStale() {
        return stale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FundForm getForm() {
        return form;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String roundName) {
        this.roundName = roundName;
    }

    public Integer getRoundYear() {
        return roundYear;
    }

    public void setRoundYear(Integer roundYear) {
        this.roundYear = roundYear;
    }

    public Money getRoundEnvelope() {
        return roundEnvelope;
    }

    public void setRoundEnvelope(Money roundEnvelope) {
        this.roundEnvelope = roundEnvelope;
    }

    public LocalDate getRoundDeadline() {
        return roundDeadline;
    }

    public void setRoundDeadline(LocalDate roundDeadline) {
        this.roundDeadline = roundDeadline;
    }

    public LocalDate getRoundDecisionDate() {
        return roundDecisionDate;
    }

    public void setRoundDecisionDate(LocalDate roundDecisionDate) {
        this.roundDecisionDate = roundDecisionDate;
    }
}

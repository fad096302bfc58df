package dk.pulje.it.workflow;

import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewFund;
import dk.pulje.application.fund.NewRound;
import dk.pulje.application.fund.NewSubPool;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ApplicationRegistrationService;
import dk.pulje.application.project.RegisterApplication;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.it.support.TestData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fresh fund of the calling administrator with a round (envelope 1.000.000 kr.) and two sub-pools, and
 * applications registered in it. Each test gets its own fund, so that envelopes and journal numbers never collide.
 */
final class WorkflowFixture {

    final long fundId;
    final long roundId;
    final long themePool;
    final long openPool;
    final long owner;
    private final ApplicationRegistrationService registrations;

    WorkflowFixture(FundService funds, OrganisationService organisations, ApplicationRegistrationService registrations) {
        this.registrations = registrations;
        long funder = TestData.library(organisations, TestData.unique("Styrelsen"));
        fundId = funds.create(new NewFund(funder, TestData.unique("Arbejdsgangspuljen"), "AP", null, null));
        roundId = funds.addRound(new NewRound(fundId, "Runde 2026", 2026, Money.dkk("1000000"), null, null));
        themePool = funds.addSubPool(new NewSubPool(roundId, funds.round(roundId).orElseThrow().version(), "Temapulje",
                SubPoolKind.THEME, new BigDecimal("0.80"), List.of("Grøn omstilling")));
        openPool = funds.addSubPool(new NewSubPool(roundId, funds.round(roundId).orElseThrow().version(), "Åben pulje",
                SubPoolKind.OPEN, new BigDecimal("0.20"), List.of()));
        owner = TestData.library(organisations, TestData.unique("Bibliotek"));
    }

    /** An application for {@code applied} of a total of 600.000 kr., 2026, in the theme pool. */
    long application(String title, Money applied) {
        return registrations.register(new RegisterApplication(fundId, roundId, themePool, TestData.unique(title),
                ProjectType.DEVELOPMENT, null, owner, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Odense",
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), Money.dkk("600000"), applied));
    }
}

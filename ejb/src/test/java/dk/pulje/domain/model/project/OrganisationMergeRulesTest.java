package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.TestIds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a project does when one of its organisations is merged into another (Project.replaceOrganisation). */
class OrganisationMergeRulesTest {

    private final Organisation region = TestIds.withId(new Organisation("Region Midtjylland", OrganisationType.REGION, "Viborg"), 100L);
    private final Fund fund = TestIds.withId(new Fund(region, "Uddannelsespuljen", "Uddannelsespuljen"), 1L);
    private final FundingRound round = TestIds.withId(new FundingRound(fund, "2024", 2024, Money.dkkMillions("19.9")), 10L);
    private final Organisation kept = TestIds.withId(new Organisation("Learnmark Horsens", OrganisationType.SCHOOL, "Horsens"), 1L);
    private final Organisation duplicate = TestIds.withId(new Organisation("Leanmark Horsens", OrganisationType.SCHOOL, "Horsens"), 2L);
    private final Organisation other = TestIds.withId(new Organisation("VIA University College", OrganisationType.SCHOOL, "Aarhus"), 3L);

    private Project project() {
        return new Project(fund, round, "Grøn omstilling", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
    }

    @Test
    void theKeptOrganisationTakesOverOwnershipPartnershipsAndFinancing() {
        Project project = project();
        project.assignOwner(duplicate);
        project.addPartner(other, PartnerRole.PARTICIPANT);
        project.addFinancing(FinancingKind.OWN_CASH, duplicate, Money.dkk("100000"), null);

        project.replaceOrganisation(duplicate, kept);

        assertSame(kept, project.getOwner());
        assertSame(kept, project.getFinancingLines().get(0).getContributor());
        assertEquals(Money.dkk("100000"), project.getFinancingLines().get(0).getAmount());
        assertEquals(List.of(other), project.getPartners().stream().map(Partner::getOrganisation).toList());
    }

    @Test
    void aPartnershipTheKeptOrganisationAlreadyHasIsDroppedNotDoubled() {
        Project project = project();
        project.assignOwner(other);
        project.addPartner(kept, PartnerRole.PARTICIPANT);
        project.addPartner(duplicate, PartnerRole.PARTICIPANT);
        project.addPartner(duplicate, PartnerRole.STEERING_GROUP);

        project.replaceOrganisation(duplicate, kept);

        assertEquals(List.of("Learnmark Horsens PARTICIPANT", "Learnmark Horsens STEERING_GROUP"),
                project.getPartners().stream().map(p -> p.getOrganisation().getName() + " " + p.getRole()).sorted().toList());
    }

    @Test
    void theOwnerIsNeverAlsoAPartnerAfterAMerge() {
        Project owned = project();
        owned.assignOwner(duplicate);
        owned.addPartner(kept, PartnerRole.TEST_SITE);
        owned.replaceOrganisation(duplicate, kept);
        assertSame(kept, owned.getOwner());
        assertEquals(List.of(), owned.getPartners(), "the kept organisation owns the project now, so it is no partner");

        Project keptOwns = project();
        keptOwns.assignOwner(kept);
        keptOwns.addPartner(duplicate, PartnerRole.ADVISOR);
        keptOwns.replaceOrganisation(duplicate, kept);
        assertEquals(List.of(), keptOwns.getPartners());
    }

    @Test
    void aFinishedProjectTakesTheMergeToo() {
        Project project = project();
        project.addFinancing(FinancingKind.PARTNER_CONTRIBUTION, duplicate, Money.dkk("5000"), null);
        project.moveTo(ProjectStatus.ACTIVE);
        project.withdraw("Projektlederen er fratrådt"); // final, like closed: no more changes of money
        assertTrue(project.getStatus().isFinal());
        // A finished project takes no money changes, but crediting a line to the kept organisation changes no amount.
        project.replaceOrganisation(duplicate, kept);
        assertSame(kept, project.getFinancingLines().get(0).getContributor());
        assertEquals(Money.dkk("5000"), project.getFinancingLines().get(0).getAmount());
    }
}

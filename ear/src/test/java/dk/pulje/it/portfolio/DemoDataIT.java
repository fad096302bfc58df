package dk.pulje.it.portfolio;

import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.application.portfolio.RoundSummary;
import dk.pulje.application.portfolio.SubPoolOutcome;
import dk.pulje.application.project.ProjectDetail.ContactView;
import dk.pulje.application.project.ProjectDetail.FinancingLineView;
import dk.pulje.application.project.ProjectDetail.PartnerView;
import dk.pulje.application.project.ProjectDetail.ProjectLink;
import dk.pulje.application.project.ProjectDetail.ReportView;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.SeedDocument.SeedProject;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo loader against the seed documents: every figure the start page shows for Region Midtjylland's pool is
 * computed here from the press release itself, and must match to the øre.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class DemoDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DemoDataIT.class);
    }

    @Inject
    PortfolioService portfolio;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @Inject
    OrganisationService organisations;

    private long fund(String shortName) {
        return catalog.funds().stream().filter(f -> f.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();

    @Test
    void theSeedDocumentListsFifteenProjects() {
        // A guard on the parser itself: if it misread the document, every comparison below would be hollow.
        assertEquals(15, seed.projects().size());
        assertEquals(3, seed.projects().stream().filter(p -> p.subPool().equals("Temapulje")).count());
    }

    @Test
    void regionalRoundCardMatchesThePressRelease() {
        RoundSummary card = card("Uddannelsespuljen 2024");
        assertEquals("Region Midtjylland", card.funderName());
        assertEquals(seed.projects().size(), card.projectCount());
        assertEquals(seed.totalSum().sum(), card.totalSum().sum());
        assertEquals(0, card.totalSum().unknown());
        assertEquals(seed.granted().sum(), card.granted().sum());
        assertEquals(0, card.granted().unknown());
        assertEquals(seed.supportShare(), card.supportShare());
    }

    @Test
    void everyRegionalProjectHasTheDocumentsTownTotalAndGrant() {
        // The seed's fund only: the import tests hold lists with the same titles in funds of their own.
        Map<String, ProjectSummary> byTitle = catalog.search(ProjectSearch.firstPage(100).withFund(fund("Uddannelsespuljen")))
                .rows().stream()
                .collect(Collectors.toMap(ProjectSummary::title, Function.identity()));
        for (SeedProject expected : seed.projects()) {
            ProjectSummary actual = byTitle.get(expected.title());
            assertNotNull(actual, "missing project " + expected.title());
            assertEquals(expected.town(), actual.town(), expected.title());
            assertEquals(expected.totalSum(), actual.totalSum(), expected.title());
            assertEquals(expected.granted(), actual.granted(), expected.title());
            assertEquals("Uddannelsespuljen 2024", actual.roundName(), expected.title());
        }
    }

    @Test
    void subPoolsKeepTheirProjectsAndTheThemeTargetIsNotWhatWasGranted() {
        for (SeedProject expected : seed.projects()) {
            ProjectDetail detail = detail(expected.title());
            assertEquals(expected.subPool(), detail.grant().subPool(), expected.title());
        }
        // The press release promises 80 % to the theme pool; its own list gives the theme pool less.
        assertTrue(seed.grantedIn("Temapulje").shareOf(seed.granted().sum()).orElseThrow()
                .compareTo(new java.math.BigDecimal("0.80")) < 0);
    }

    @Test
    void udviklingspuljensProjectsAreThereWithUnknownAmountsNotZeros() {
        RoundSummary card = portfolio.roundSummaries().stream()
                .filter(c -> c.fundName().startsWith("Udviklingspuljen")).findFirst().orElseThrow();
        assertNull(card.roundId(), "neither seed names the round");
        // The two seed projects, and the application the maturation project leads to.
        assertEquals(3, card.projectCount());
        assertTrue(card.totalSum().isUnknown());
        assertEquals(3, card.totalSum().unknown());
        assertEquals(3, card.granted().unknown());
        assertNull(card.supportShare());

        ProjectDetail ai = detail("AI i borgernes hænder");
        assertEquals("Randers Bibliotek", ai.ownerName());
        assertEquals(LocalDate.of(2024, 1, 1), ai.startDate());
        assertEquals(LocalDate.of(2025, 12, 31), ai.endDate());
        assertNull(ai.totalSum());
        assertNull(ai.granted());
    }

    @Test
    void aiIBorgernesHaenderHasItsPartnersContactTargetGroupsTracksAndReport() {
        ProjectDetail ai = detail("AI i borgernes hænder");
        assertEquals(List.of("Aabenraa Bibliotekerne", "Aalborg Bibliotekerne"),
                ai.partners().stream().map(PartnerView::organisation).toList());
        assertTrue(ai.partners().stream().allMatch(p -> p.role() == PartnerRole.PARTICIPANT));
        assertEquals(1, ai.contacts().size());
        ContactView leader = ai.contacts().get(0);
        assertEquals("Loke Andersen", leader.name());
        assertEquals("lda@randersbib.dk", leader.email());
        assertEquals("87 10 68 31", leader.phone());
        assertEquals(2, ai.targetGroups().size(), "citizens and library staff");
        assertEquals(3, ai.activities().stream().filter(a -> a.startsWith("Spor ")).count(), "three tracks");
        assertEquals(1, ai.reports().size());
        ReportView finalReport = ai.reports().get(0);
        assertEquals(ReportType.FINAL, finalReport.type());
        assertEquals(LocalDate.of(2025, 12, 31), finalReport.dueDate());
        assertEquals(ReportStatus.OVERDUE, finalReport.statusToday(), "due December 2025 and not submitted");
    }

    @Test
    void theMaturationProjectHasItsOrganisationCoFinanciersGoalsAndFollowUp() {
        ProjectDetail learning = detail("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt");
        assertEquals("Aarhus Kommunes Biblioteker", learning.ownerName());
        assertEquals(ProjectType.MATURATION, learning.type());
        Map<String, PartnerRole> roles = learning.partners().stream()
                .collect(Collectors.toMap(PartnerView::organisation, PartnerView::role, (a, b) -> a));
        assertEquals(PartnerRole.STEERING_GROUP, roles.get("Ballerup Bibliotekerne"));
        assertEquals(PartnerRole.STEERING_GROUP, roles.get("Peer 2 Peer University"));
        assertEquals(PartnerRole.TEST_SITE, roles.get("Roskilde Bibliotekerne"));
        assertTrue(learning.partners().stream().anyMatch(p -> p.role() == PartnerRole.INVITED));
        assertEquals(List.of("Sidsel Bech-Petersen", "Lotte Duwe Nielsen"),
                learning.contacts().stream().map(ContactView::name).toList());
        assertEquals(3, learning.goals().size());
        assertEquals(3, learning.activities().size());
        assertEquals(2, learning.targetGroups().size());

        // Co-financed by Aarhus, Ballerup and P2PU with a grant from Udviklingspuljen: four sources, no amounts.
        assertEquals(List.of("Aarhus Kommunes Biblioteker", "Ballerup Bibliotekerne", "Peer 2 Peer University",
                        "Slots- og Kulturstyrelsen"),
                learning.financing().stream().map(FinancingLineView::contributor).sorted().toList());
        assertEquals(4, learning.financingSummary().financing().unknown());
        assertEquals(OwnFinancingCheck.UNKNOWN, learning.financingSummary().ownFinancingCheck());

        assertNotNull(learning.followUp(), "the maturation project leads to a larger application");
        ProjectDetail followUp = details.detail(learning.followUp().id()).orElseThrow();
        assertEquals(ProjectStatus.APPLICATION_RECEIVED, followUp.status());
        assertEquals(List.of(learning.id()), followUp.preparedBy().stream().map(ProjectLink::id).toList());
    }

    @Test
    void peer2PeerUniversityIsAForeignNgoWithoutCvrAndLearnmarkIsKnownUnderBothSpellings() {
        OrganisationSummary p2pu = organisations.findByNameOrAlias("P2PU").orElseThrow();
        assertEquals("Peer 2 Peer University", p2pu.name());
        assertEquals(OrganisationType.NGO, p2pu.type());
        assertNull(p2pu.cvr());
        assertEquals(organisations.findByNameOrAlias("Learnmark Horsens").orElseThrow().id(),
                organisations.findByNameOrAlias("leanmark horsens").orElseThrow().id());
    }

    @Test
    void theThemePoolGotLessThanItsTargetAndTheCardSaysSo() {
        RoundSummary card = card("Uddannelsespuljen 2024");
        SubPoolOutcome themePool = card.subPools().stream().filter(p -> p.name().equals("Temapulje")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.8000"), themePool.targetShare());
        assertEquals(seed.grantedIn("Temapulje"), themePool.granted());
        assertEquals(seed.grantedIn("Temapulje").shareOf(seed.granted().sum()).orElseThrow(), themePool.actualShare());
        assertTrue(themePool.belowTarget());
        SubPoolOutcome openPool = card.subPools().stream().filter(p -> p.name().equals("Åben pulje")).findFirst().orElseThrow();
        assertEquals(seed.grantedIn("Åben pulje"), openPool.granted());
        assertEquals(seed.projects().size(), themePool.projects() + openPool.projects());
    }

    @Test
    void regionalProjectsCarryTheirGrantAsFinancingAndShowTheRestAsAGap() {
        for (SeedProject expected : seed.projects()) {
            ProjectDetail project = detail(expected.title());
            assertEquals(expected.granted(), project.granted(), expected.title());
            assertEquals(expected.totalSum().minus(expected.granted()), project.financingSummary().financingGap(),
                    "co-financing sources are not named: " + expected.title());
            assertEquals(AccountsTier.forGrant(expected.granted()), project.grant().accountsTier());
        }
        assertEquals(List.of("EuroSkills 2025", "Flere faglærte", "Grøn omstilling"), detail("EuroSkills 2025").themes());
    }

    private RoundSummary card(String roundName) {
        List<RoundSummary> cards = portfolio.roundSummaries();
        return cards.stream().filter(c -> roundName.equals(c.roundName())).findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + roundName + " in " + cards));
    }

    private ProjectDetail detail(String title) {
        ProjectSummary row = catalog.search(ProjectSearch.firstPage(5).withText(title)).rows().stream()
                .filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no project titled " + title));
        return details.detail(row.id()).orElseThrow();
    }
}

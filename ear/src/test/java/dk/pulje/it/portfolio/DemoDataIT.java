package dk.pulje.it.portfolio;

import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.portfolio.RoundSummary;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.SeedDocument.SeedProject;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

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
        Map<String, ProjectSummary> byTitle = catalog.search(ProjectSearch.firstPage(100)).rows().stream()
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
            long id = catalog.search(ProjectSearch.firstPage(5).withText(expected.title())).rows().get(0).id();
            ProjectDetail detail = details.detail(id).orElseThrow();
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
        assertEquals(2, card.projectCount());
        assertTrue(card.totalSum().isUnknown());
        assertEquals(2, card.totalSum().unknown());
        assertEquals(2, card.granted().unknown());
        assertNull(card.supportShare());

        ProjectDetail ai = detail("AI i borgernes hænder");
        assertEquals("Randers Bibliotek", ai.ownerName());
        assertEquals(java.time.LocalDate.of(2024, 1, 1), ai.startDate());
        assertEquals(java.time.LocalDate.of(2025, 12, 31), ai.endDate());
        assertNull(ai.totalSum());
        assertNull(ai.granted());

        ProjectDetail learning = detail("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt");
        assertEquals("Aarhus Kommunes Biblioteker", learning.ownerName());
        assertEquals(dk.pulje.domain.model.project.ProjectType.MATURATION, learning.type());
    }

    private RoundSummary card(String roundName) {
        List<RoundSummary> cards = portfolio.roundSummaries();
        return cards.stream().filter(c -> roundName.equals(c.roundName())).findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + roundName + " in " + cards));
    }

    private ProjectDetail detail(String title) {
        List<ProjectSummary> rows = catalog.search(ProjectSearch.firstPage(5).withText(title)).rows();
        assertEquals(1, rows.size(), title);
        return details.detail(rows.get(0).id()).orElseThrow();
    }
}

package dk.pulje.it.project;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectPage;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSort;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.it.support.SeedDocument;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging, sorting and filtering of the project list, done by PostgreSQL. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectCatalogIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectCatalogIT.class);
    }

    @Inject
    ProjectCatalogService catalog;

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();

    /** Every project the administrator sees: the demo projects, and whatever other test classes added to the test fund. */
    private long allProjects() {
        long all = catalog.count(ProjectSearch.firstPage(10));
        assertTrue(all >= seed.projects().size() + 3L, "at least the demo projects");
        return all;
    }

    private long fund(String shortName) {
        return catalog.funds().stream().filter(f -> f.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    @Test
    void pagesCoverEveryProjectOnceInOrder() {
        int pageSize = 5;
        List<String> titles = new ArrayList<>();
        long total = -1;
        for (int first = 0; ; first += pageSize) {
            ProjectPage page = catalog.search(ProjectSearch.firstPage(pageSize).page(first, pageSize));
            total = page.totalCount();
            if (page.rows().isEmpty()) {
                break;
            }
            assertTrue(page.rows().size() <= pageSize);
            page.rows().forEach(r -> titles.add(r.title()));
        }
        assertEquals(allProjects(), total);
        assertEquals(total, titles.size());
        assertEquals(titles.size(), new HashSet<>(titles).size(), "no project on two pages");
        List<String> sorted = titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(sorted, titles, "sorted by title, case-insensitively");
    }

    @Test
    void sortingByGrantPutsTheLargestFirstAndUnknownsLast() {
        ProjectSearch regional = ProjectSearch.firstPage(100).withFund(fund("Uddannelsespuljen"));
        List<ProjectSummary> rows = catalog.rows(regional.sortedBy(ProjectSort.GRANTED, false));
        assertEquals("EuroSkills 2025", rows.get(0).title());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).granted().compareTo(rows.get(i).granted()) >= 0, "descending at " + i);
        }
        List<ProjectSummary> ascending = catalog.rows(regional.sortedBy(ProjectSort.GRANTED, true));
        assertEquals(Money.dkkMillions("0.145"), ascending.get(0).granted(), "Digitalt Grundforløb på STX is the smallest grant");

        for (boolean direction : new boolean[]{true, false}) {
            // Every page to the end: other tests (the imports) add hundreds of projects with grants.
            List<ProjectSummary> all = new java.util.ArrayList<>();
            for (int first = 0; ; first += 500) {
                List<ProjectSummary> page = catalog.rows(
                        new ProjectSearch(null, null, null, null, ProjectSort.GRANTED, direction, first, 500));
                all.addAll(page);
                if (page.size() < 500) {
                    break;
                }
            }
            int firstUnknown = 0;
            while (firstUnknown < all.size() && all.get(firstUnknown).granted() != null) {
                firstUnknown++;
            }
            assertTrue(firstUnknown < all.size(), "some grants are unknown (Udviklingspuljen's)");
            assertTrue(all.subList(firstUnknown, all.size()).stream().allMatch(r -> r.granted() == null),
                    "unknown amounts stay last in both directions");
        }
    }

    @Test
    void filteringByTownCountsInTheDatabase() {
        ProjectSearch randers = ProjectSearch.firstPage(100).withTown("randers");
        assertEquals(seed.countInTown("Randers"), catalog.count(randers.withFund(fund("Uddannelsespuljen"))));
        // "AI i borgernes hænder" of Randers Bibliotek.
        assertEquals(1, catalog.count(randers.withFund(fund("Udviklingspuljen"))));
        assertTrue(catalog.rows(randers).stream().allMatch(r -> r.town().equals("Randers")));
    }

    @Test
    void textFilterIsCaseInsensitiveAlsoForDanishLetters() {
        List<ProjectSummary> rows = catalog.rows(ProjectSearch.firstPage(10).withText("ØSTJYLLAND"));
        assertEquals(List.of("Ung til ung ambassadører på FGU Østjylland"), rows.stream().map(ProjectSummary::title).toList());
    }

    @Test
    void wildcardsInTheFilterAreTakenLiterally() {
        assertEquals(0, catalog.count(ProjectSearch.firstPage(10).withText("%")));
        assertEquals(0, catalog.count(ProjectSearch.firstPage(10).withText("_")));
    }

    @Test
    void filtersCombineFundAndStatus() {
        long regionalFund = catalog.funds().stream().filter(f -> f.shortName().equals("Uddannelsespuljen"))
                .findFirst().orElseThrow().id();
        ProjectSearch search = ProjectSearch.firstPage(100).withFund(regionalFund).withStatus(ProjectStatus.GRANTED);
        assertEquals(seed.projects().size(), catalog.count(search));
        Set<String> funds = new HashSet<>();
        catalog.rows(search).forEach(r -> funds.add(r.fundName()));
        assertEquals(Set.of("Uddannelsespuljen"), funds);
        assertEquals(0, catalog.count(search.withStatus(ProjectStatus.CLOSED)));
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKnowsTheTotal() {
        ProjectPage page = catalog.search(ProjectSearch.firstPage(10).page(100_000, 10));
        assertTrue(page.rows().isEmpty());
        assertEquals(allProjects(), page.totalCount());
    }

    @Test
    void anInvalidWindowIsRefusedByValidation() {
        EJBException e = assertThrows(EJBException.class,
                () -> catalog.rows(ProjectSearch.firstPage(10).page(-1, 10)));
        assertTrue(Objects.toString(e.getCause()).contains("ConstraintViolation"), String.valueOf(e.getCause()));
    }

}

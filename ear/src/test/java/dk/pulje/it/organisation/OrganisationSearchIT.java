package dk.pulje.it.organisation;

import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OrganisationService.search, the search-as-you-type behind the organisation list and the pickers: name, alias, CVR
 * digits and town, ignoring case, names that start with the text first, wildcards typed literally, at most the limit.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class OrganisationSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(OrganisationSearchIT.class, TestData.class, Cvrs.class);
    }

    @Inject
    OrganisationService organisations;

    /** A word nobody else's test data contains, so that the searches see only this test's organisations. */
    private final String word = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void findsByNameAliasCvrAndTownNamesThatStartWithTheTextFirst() {
        long contains = register("Biblioteket i " + word, null, "Horsens");
        long starts = register(word.toUpperCase() + " Bibliotek", null, "Vejle");
        long byAlias = register("Learnmark " + UUID.randomUUID(), null, "Horsens");
        organisations.addAlias(byAlias, 0, "Leanmark " + word);
        String cvr = Cvrs.fresh();
        long byCvr = register("CVR-holder " + UUID.randomUUID(), cvr, null);
        long byTown = register("Bybiblioteket " + UUID.randomUUID(), null, word + "by");

        List<Long> found = ids(organisations.search(word, 50));
        assertEquals(starts, found.get(0), "a name that starts with the text comes first: " + found);
        assertEquals(List.of(byAlias, byTown, contains, starts).stream().sorted().toList(),
                found.stream().sorted().toList());
        assertEquals(List.of(byCvr), ids(organisations.search(cvr.substring(2, 7), 50)).stream()
                .filter(id -> id == byCvr).toList(), "CVR digits find the organisation");
        assertEquals(List.of(starts), ids(organisations.search("  " + word.toUpperCase() + " bib", 50)),
                "ignoring case and the spaces around the text");
    }

    @Test
    void wildcardsAreTypedLiterallyAndTheLimitHolds() {
        long percent = register("100% " + word, null, null);
        long underscore = register("a_b " + word, null, null);
        register("100 procent " + word, null, null);
        register("axb " + word, null, null);

        assertEquals(List.of(percent), ids(organisations.search("100% " + word, 50)));
        assertEquals(List.of(underscore), ids(organisations.search("a_b " + word, 50)));
        assertEquals(List.of(), organisations.search("%", 50), "one character finds nothing");
        assertEquals(List.of(), organisations.search("%%", 50), "two percent signs are text, not 'anything'");
        assertEquals(List.of(), organisations.search("__", 50));
        assertEquals(List.of(), organisations.search(null, 50));

        for (int i = 0; i < 4; i++) {
            register("Ekstra " + i + " " + word, null, null);
        }
        assertEquals(3, organisations.search(word, 3).size());
        assertEquals(8, organisations.search(word, 50).size());
        assertTrue(organisations.search(word, 0).size() == 1, "a limit below one still answers one row");
    }

    private long register(String name, String cvr, String town) {
        return organisations.register(new NewOrganisation(name, OrganisationType.LIBRARY, cvr, town, null, null, "DK"));
    }

    private static List<Long> ids(List<OrganisationSummary> found) {
        return found.stream().map(OrganisationSummary::id).toList();
    }
}

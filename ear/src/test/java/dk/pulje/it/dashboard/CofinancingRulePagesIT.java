package dk.pulje.it.dashboard;

import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The co-financing rule where it is set and where it is judged (issue 11): the round page names each sub-pool's rule,
 * whose it is and its source; the fund page offers tolerance and source; the project page's financing tab judges the
 * project by its grant's sub-pool's rule with the margin (Grønne Rollemodeller: −250 kr., within the tolerance).
 */
@PuljeIntegrationTest
@RunAsClient
class CofinancingRulePagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void theRoundPageNamesEachSubPoolsRuleAndItsSource() {
        long round = ForeignFund.roundId("Uddannelsespuljen 2024");
        String page = text(WebClient.loggedIn("admin", DemoUser.PASSWORD).get("funds/round.xhtml?id=" + round).body());
        assertTrue(page.contains("Eget krav: mindst 25,0\u00a0% af projektsummen, tolerance ± 1.125 kr."), page);
        assertTrue(page.contains("Kilde: Region Midtjyllands vilkår"), page);
        assertTrue(page.contains("Intet krav"), "the theme pool and its fund have none");
        assertTrue(page.contains("id=\"subPool:ruleTolerance\""), "the sub-pool form asks for the tolerance");
    }

    @Test
    void theFundPageAsksForToleranceAndSource() {
        long fund = ForeignFund.fundId("Uddannelsespuljen");
        String page = text(WebClient.loggedIn("admin", DemoUser.PASSWORD).get("funds/fund.xhtml?id=" + fund).body());
        assertTrue(page.contains("Tolerance (kr.)") && page.contains("Kilde til kravet"), page);
    }

    @Test
    void theProjectPageJudgesTheProjectByItsSubPoolsRuleWithTheMargin() {
        WebClient region = WebClient.loggedIn("region", DemoUser.PASSWORD);
        long project = WebClient.basic("region", DemoUser.PASSWORD).projectId("Grønne Rollemodeller").orElseThrow();
        String page = text(region.get("projects/view.xhtml?id=" + project).body());
        int at = page.indexOf("id=\"cofinancing-rule-margin\"");
        assertTrue(at > 0, page);
        String judged = page.substring(at, page.indexOf("</dd>", at));
        assertTrue(judged.contains("Inden for tolerancen"), judged);
        assertTrue(judged.contains("margin -250 kr."), judged);
        assertTrue(judged.contains("Medfinansiering 172.000 kr. (24,96\u00a0%)"), judged);
        assertTrue(judged.contains("tolerance ± 1.125 kr."), judged);
        assertTrue(judged.contains("Region Midtjyllands vilkår"), judged);
    }

    /** The page with the character references Faces may write for Latin-1 characters read back as characters. */
    private static String text(String html) {
        return html.replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0").replace("&plusmn;", "±").replace("&#177;", "±")
                .replace("&aring;", "å").replace("&#229;", "å").replace("&oslash;", "ø").replace("&#248;", "ø")
                .replace("&aelig;", "æ").replace("&#230;", "æ").replace("&Aring;", "Å").replace("&#197;", "Å");
    }
}

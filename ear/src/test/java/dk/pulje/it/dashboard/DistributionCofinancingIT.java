package dk.pulje.it.dashboard;

import dk.pulje.application.dashboard.Cofinancing;
import dk.pulje.application.dashboard.CofinancingRow;
import dk.pulje.application.dashboard.CofinancingService;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.Distribution;
import dk.pulje.application.dashboard.DistributionDimension;
import dk.pulje.application.dashboard.DistributionGroup;
import dk.pulje.application.dashboard.DistributionService;
import dk.pulje.application.dashboard.SupportShareRow;
import dk.pulje.domain.model.fund.CofinancingMargin;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution and co-financing dashboards for Uddannelsespuljen 2024, as regional staff see them, against figures
 * worked out by hand from seed 002 (Region Midtjylland's press release; totals and grants in thousands of kroner):
 * <pre>
 * Temapulje:  EuroSkills 2025 (Herning) 11.063/6.000, AI – Didaktik (Horsens) 9.735/5.052, MYRE Midt (Viborg) 4.267/2.700
 * Åben pulje: Skriftlighed forfra (Aarhus) 2.642/1.000, Feedback i en AI-tid (Horsens) 1.536/457,
 *             Digitalt Grundforløb (Randers) 554/145, Lær med AI (Randers) 1.027/492, Ung til ung (Randers) 324/164,
 *             Den styrkebaserede (Randers) 1.343/465, PSB (Randers) 1.204/600, Grønne Rollemodeller (Aarhus) 689/517,
 *             Power-to-X (Holstebro) 743/558, Grøn omstilling (Nørre Nissum) 4.046/883, Sejl og studér (Lemvig) 798/599,
 *             Tværfagligt Studieunit (Randers) 416/312
 * Σ total 40.387.000, Σ granted 19.944.000 (Temapulje 13.752.000), support share 19.944 ÷ 40.387 = 49,38 %.
 * Randers: 6 projects, Σ granted 2.178.000, Σ total 4.868.000, 2.178 ÷ 4.868 = 44,74 %.
 * The open pool's rule (2017 conditions): 25 % co-financing of the total, tolerance 1.125 kr.:
 *   Grønne Rollemodeller 689.000 − 517.000 = 172.000 against 172.250: −250 kr.; Power-to-X 185.000 against 185.750:
 *   −750 kr.; Sejl og studér 199.000 against 199.500: −500 kr.; Tværfagligt 104.000 against 104.000: 0 kr. — all four
 *   within the tolerance; the other eight met; the theme pool has no rule (nor has the fund): not required.
 * Lowest support shares: Grøn omstilling og bæredygtige kulturer 883 ÷ 4.046 = 21,82 %, Digitalt Grundforløb 145 ÷ 554
 * = 26,17 %, Feedback i en AI-tid 457 ÷ 1.536 = 29,75 %, Den styrkebaserede 465 ÷ 1.343 = 34,62 %, Skriftlighed forfra
 * 1.000 ÷ 2.642 = 37,85 %; highest: Power-to-X 558 ÷ 743 = 75,10 %, Sejl og studér 599 ÷ 798 = 75,06 %, Grønne
 * Rollemodeller 517 ÷ 689 = 75,04 %, Tværfagligt 312 ÷ 416 = 75,00 %, MYRE Midt 2.700 ÷ 4.267 = 63,28 %.
 * </pre>
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.REGION)
class DistributionCofinancingIT {

    private static final String ROUND = "Uddannelsespuljen 2024";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DistributionCofinancingIT.class, DomainComparison.class);
    }

    @Inject
    DistributionService distributions;

    @Inject
    CofinancingService cofinancing;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    private DashboardFilter round() {
        Number id = (Number) em.createNativeQuery("select id from funding_round where name = :name")
                .setParameter("name", ROUND).getSingleResult();
        return DashboardFilter.ofRound(id.longValue());
    }

    @Test
    void byTownRandersHasSixProjectsWithTheirSums() {
        Distribution d = distributions.distribution(round(), DistributionDimension.TOWN);
        DistributionGroup randers = group(d, "Randers");
        assertEquals(6, randers.projects());
        assertEquals(Money.dkk("2178000"), randers.granted());
        assertEquals(Money.dkk("4868000"), randers.total());
        assertEquals(new BigDecimal("0.4474"), randers.supportShare());
        assertEquals(2, group(d, "Aarhus").projects());
        assertEquals(Money.dkk("1517000"), group(d, "Aarhus").granted());
        assertEquals(8, d.groups().size(), "Herning, Horsens, Viborg, Aarhus, Randers, Holstebro, Nørre Nissum, Lemvig");
        assertEquals(15, d.groups().stream().mapToLong(DistributionGroup::projects).sum(), "a town per project: no overlap");

        assertEquals(15, d.overall().projects());
        assertEquals(Money.dkk("19944000"), d.overall().granted());
        assertEquals(Money.dkk("40387000"), d.overall().total());
        assertEquals(new BigDecimal("0.4938"), d.overall().supportShare());
        assertEquals("Herning", d.groups().get(0).key(), "the largest Σ granted first (6.000.000)");
    }

    @Test
    void byThemeAProjectCountsInEachOfItsThemesAndTheUnthemedAreNotStated() {
        Distribution d = distributions.distribution(round(), DistributionDimension.THEME);
        assertTrue(d.by().overlaps());
        DistributionGroup wellBeing = group(d, "Elevtrivsel");
        assertEquals(3, wellBeing.projects(), "Ung til ung, Den styrkebaserede, PSB");
        assertEquals(Money.dkk("1229000"), wellBeing.granted());
        assertEquals(Money.dkk("2871000"), wellBeing.total());
        DistributionGroup green = group(d, "Grøn omstilling");
        assertEquals(4, green.projects(), "EuroSkills, Grønne Rollemodeller, Power-to-X, Grøn omstilling og bæredygtige kulturer");
        assertEquals(Money.dkk("7958000"), green.granted());
        DistributionGroup none = notStated(d);
        assertEquals(3, none.projects(), "Skriftlighed forfra, Sejl og studér, Tværfagligt Studieunit");
        assertNull(none.id());
        assertNotNull(green.id(), "a theme row carries the theme's id for the drill-down");
        assertTrue(d.groups().stream().mapToLong(DistributionGroup::projects).sum() > 15,
                "a project with two themes counts twice: the groups add up to more than the round");
    }

    @Test
    void byLeadInstitutionAndTypeTheProjectsWithoutANamedOwnerAreNotStated() {
        Distribution institutions = distributions.distribution(round(), DistributionDimension.INSTITUTION);
        assertEquals(10, notStated(institutions).projects(), "the press release names an owner for five projects");
        DistributionGroup herning = group(institutions, "Herningsholm Erhvervsskole og Gymnasier");
        assertEquals(1, herning.projects());
        assertEquals(Money.dkk("6000000"), herning.granted());

        Distribution types = distributions.distribution(round(), DistributionDimension.TYPE);
        DistributionGroup schools = group(types, OrganisationType.SCHOOL.name());
        assertEquals(5, schools.projects());
        // Herningsholm 6.000, Learnmark 5.052, Mercantec 2.700, FGU Østjylland 164, Lemvig Gymnasium 599
        assertEquals(Money.dkk("14515000"), schools.granted());
        assertEquals(10, notStated(types).projects());

        Distribution statuses = distributions.distribution(round(), DistributionDimension.STATUS);
        assertEquals(List.of(ProjectStatus.GRANTED.name()), statuses.groups().stream().map(DistributionGroup::key).toList());
    }

    @Test
    void theScatterPlotsEveryProjectWithBothAmounts() {
        Distribution d = distributions.distribution(round(), DistributionDimension.TOWN);
        assertEquals(15, d.scatterOf());
        assertEquals(15, d.scatter().size());
        assertEquals("EuroSkills 2025", d.scatter().get(0).title(), "the largest total first");
        assertEquals(Money.dkk("11063000"), d.scatter().get(0).total());
    }

    @Test
    void aFilterNarrowsTheRound() {
        DashboardFilter randers = new DashboardFilter(null, round().round(), null, null, "Randers", null, null, null);
        Distribution d = distributions.distribution(randers, DistributionDimension.TOWN);
        assertEquals(1, d.groups().size());
        assertEquals(6, d.overall().projects());
    }

    @Test
    void lowestAndHighestSupportShares() {
        Cofinancing c = cofinancing.cofinancing(round());
        assertEquals(List.of("Grøn omstilling og bæredygtige kulturer", "Digitalt Grundforløb på STX",
                        "Feedback i en AI-tid", "Den styrkebaserede tilgang", "Skriftlighed forfra"),
                c.lowest().stream().map(SupportShareRow::title).toList());
        assertEquals(List.of(new BigDecimal("0.2182"), new BigDecimal("0.2617"), new BigDecimal("0.2975"),
                new BigDecimal("0.3462"), new BigDecimal("0.3785")), c.lowest().stream().map(SupportShareRow::supportShare).toList());
        assertEquals(List.of("Power-to-X i erhvervsuddannelserne", "Sejl og studér på Lemvig Gymnasium",
                        "Grønne Rollemodeller", "Tværfagligt Studieunit", "MYRE Midt"),
                c.highest().stream().map(SupportShareRow::title).toList());
        assertEquals(List.of(new BigDecimal("0.7510"), new BigDecimal("0.7506"), new BigDecimal("0.7504"),
                new BigDecimal("0.7500"), new BigDecimal("0.6328")), c.highest().stream().map(SupportShareRow::supportShare).toList());
    }

    @Test
    void theOpenPoolsRuleJudgesEveryProjectWithItsMargin() {
        Cofinancing c = cofinancing.cofinancing(round());
        assertEquals(15, c.listedOf());
        assertEquals(15, c.projects().size());
        Map<String, CofinancingRow> byTitle = c.projects().stream()
                .collect(Collectors.toMap(CofinancingRow::title, Function.identity()));
        assertMargin(byTitle.get("Grønne Rollemodeller"), "-250", OwnFinancingCheck.WITHIN_TOLERANCE);
        assertMargin(byTitle.get("Power-to-X i erhvervsuddannelserne"), "-750", OwnFinancingCheck.WITHIN_TOLERANCE);
        assertMargin(byTitle.get("Sejl og studér på Lemvig Gymnasium"), "-500", OwnFinancingCheck.WITHIN_TOLERANCE);
        assertMargin(byTitle.get("Tværfagligt Studieunit"), "0", OwnFinancingCheck.WITHIN_TOLERANCE);
        assertMargin(byTitle.get("Digitalt Grundforløb på STX"), "270500", OwnFinancingCheck.MET); // 409.000 − 138.500
        assertEquals(Map.of(OwnFinancingCheck.MET, 8L, OwnFinancingCheck.WITHIN_TOLERANCE, 4L,
                        OwnFinancingCheck.NOT_REQUIRED, 3L, OwnFinancingCheck.NOT_MET, 0L, OwnFinancingCheck.UNKNOWN, 0L),
                c.outcomes());

        CofinancingRow groenne = byTitle.get("Grønne Rollemodeller");
        assertEquals(CofinancingRow.RuleOwner.SUB_POOL, groenne.rule().owner());
        assertEquals(0, new BigDecimal("0.25").compareTo(groenne.rule().minimumShare()));
        assertEquals(Money.dkk("1125"), groenne.rule().tolerance());
        assertTrue(groenne.rule().source().startsWith("Region Midtjyllands vilkår"), groenne.rule().source());
        assertEquals(Money.dkk("172000"), groenne.cofinancing());
        assertEquals(new BigDecimal("-0.000363"), groenne.marginPoints(), "172.000 ÷ 689.000 = 24,9637 %");

        CofinancingRow euroSkills = byTitle.get("EuroSkills 2025");
        assertEquals(OwnFinancingCheck.NOT_REQUIRED, euroSkills.outcome());
        assertNull(euroSkills.rule(), "the theme pool has no rule, and neither has the fund");
        assertNull(euroSkills.margin());

        assertEquals(List.of("Power-to-X i erhvervsuddannelserne", "Sejl og studér på Lemvig Gymnasium",
                        "Grønne Rollemodeller", "Tværfagligt Studieunit"),
                c.projects().subList(0, 4).stream().map(CofinancingRow::title).toList(), "the smallest margin first");
    }

    @Test
    void theDatabaseJudgesEveryProjectExactlyAsTheDomainDoes() {
        for (CofinancingRow row : cofinancing.cofinancing(round()).projects()) {
            if (row.rule() == null) {
                continue;
            }
            OwnFinancingRule rule = new OwnFinancingRule(row.rule().minimumShare(), row.rule().threshold(),
                    row.rule().tolerance(), row.rule().source());
            CofinancingMargin expected = rule.margin(row.total(), row.granted());
            DomainComparison.assertSame(expected, row);
        }
    }

    private static void assertMargin(CofinancingRow row, String margin, OwnFinancingCheck outcome) {
        assertNotNull(row);
        assertEquals(outcome, row.outcome(), row.title());
        assertEquals(0, new BigDecimal(margin).compareTo(row.margin()), row.title() + ": " + row.margin());
    }

    private static DistributionGroup group(Distribution d, String key) {
        return d.groups().stream().filter(g -> key.equals(g.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + d.groups()));
    }

    private static DistributionGroup notStated(Distribution d) {
        return d.groups().stream().filter(DistributionGroup::isNotStated).findFirst()
                .orElseThrow(() -> new AssertionError("no 'not stated' group in " + d.groups()));
    }
}

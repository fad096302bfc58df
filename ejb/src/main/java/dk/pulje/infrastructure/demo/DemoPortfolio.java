package dk.pulje.infrastructure.demo;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.Grant;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The three seed documents as Pulje data: Udviklingspuljen's two library projects and Region Midtjylland's
 * education pool 2024 with its 15 projects.
 * <p>
 * How the documents' noise is read (docs/demo-data.md): "0324 mio." is 0,324 mio.; "Samlet budget" is the total project
 * sum; "Leanmark" is Learnmark Horsens; amounts a document does not state stay unknown (null). The press release's
 * "80 % to the theme pool" is stored as the theme pool's <em>target</em>; what was actually granted is computed.
 */
final class DemoPortfolio {

    private final EntityManager em;
    private final Map<String, Organisation> organisations = new HashMap<>();

    DemoPortfolio(EntityManager em) {
        this.em = em;
    }

    void load() {
        loadUdviklingspuljen();
        loadUddannelsespuljen2024();
    }

    private void loadUdviklingspuljen() {
        Organisation slks = organisation("Slots- og Kulturstyrelsen", OrganisationType.AGENCY, "København");
        Fund fund = persist(new Fund(slks, "Udviklingspuljen for folkebiblioteker og pædagogiske læringscentre",
                "Udviklingspuljen"));

        // Seed 000: period and owner given, no amounts, no round.
        Project ai = new Project(fund, null, "AI i borgernes hænder", ProjectType.DEVELOPMENT,
                ProjectStatus.FINAL_REPORT_DUE);
        ai.describe("Hvordan kan biblioteker styrke borgernes digitale forståelse gennem en praktisk tilgang til AI? "
                + "Projektet lægger AI direkte i borgernes hænder på tre biblioteker: Randers, Aabenraa og Aalborg.");
        ai.assignOwner(organisation("Randers Bibliotek", OrganisationType.LIBRARY, "Randers"));
        ai.locateIn("Randers");
        ai.schedule(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        persist(ai);
        persist(new Grant(ai, null, null));

        // Seed 001: a maturation project; co-financed, but no amounts or dates are stated.
        Project learning = new Project(fund, null,
                "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt", ProjectType.MATURATION,
                ProjectStatus.GRANTED);
        learning.describe("Et proof-of-concept på, at læringscirkler og den digitale platform p2pu.org er brugbare "
                + "i folkebibliotekernes arbejde med verdensmål. Resultatet er en afklaring af læringscirklers "
                + "potentiale og en ansøgning til Udviklingspuljen om et større projekt.");
        learning.assignOwner(organisation("Aarhus Kommunes Biblioteker", OrganisationType.LIBRARY, "Aarhus"));
        learning.locateIn("Aarhus");
        persist(learning);
        persist(new Grant(learning, null, null));
    }

    private void loadUddannelsespuljen2024() {
        Organisation region = organisation("Region Midtjylland", OrganisationType.REGION, "Viborg");
        Fund fund = persist(new Fund(region, "Region Midtjyllands uddannelsespulje", "Uddannelsespuljen"));
        FundingRound round = persist(new FundingRound(fund, "Uddannelsespuljen 2024", 2024, Money.dkkMillions("19.9")));
        SubPool theme = persist(new SubPool(round, "Temapulje", SubPoolKind.THEME, new BigDecimal("0.80")));
        SubPool open = persist(new SubPool(round, "Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.20")));

        regional(round, theme, "EuroSkills 2025", "Herning", "11.063", "6",
                school("Herningsholm Erhvervsskole og Gymnasier", "Herning"));
        regional(round, theme, "AI - Didaktik, sprog og kompetencer til fremtiden", "Horsens", "9.735", "5.052",
                school("Learnmark Horsens", "Horsens"));
        regional(round, theme, "MYRE Midt", "Viborg", "4.267", "2.7", school("Mercantec", "Viborg"));

        regional(round, open, "Skriftlighed forfra", "Aarhus", "2.642", "1", null);
        regional(round, open, "Feedback i en AI-tid", "Horsens", "1.536", "0.457", null);
        regional(round, open, "Digitalt Grundforløb på STX", "Randers", "0.554", "0.145", null);
        regional(round, open, "Lær med AI", "Randers", "1.027", "0.492", null);
        regional(round, open, "Ung til ung ambassadører på FGU Østjylland", "Randers", "0.324", "0.164",
                school("FGU Østjylland", "Randers"));
        regional(round, open, "Den styrkebaserede tilgang", "Randers", "1.343", "0.465", null);
        regional(round, open, "Viden og læring fra trivselsdata i PSB", "Randers", "1.204", "0.6", null);
        regional(round, open, "Grønne Rollemodeller", "Aarhus", "0.689", "0.517", null);
        regional(round, open, "Power-to-X i erhvervsuddannelserne", "Holstebro", "0.743", "0.558", null);
        regional(round, open, "Grøn omstilling og bæredygtige kulturer", "Nørre Nissum", "4.046", "0.883", null);
        regional(round, open, "Sejl og studér på Lemvig Gymnasium", "Lemvig", "0.798", "0.599",
                school("Lemvig Gymnasium", "Lemvig"));
        regional(round, open, "Tværfagligt Studieunit", "Randers", "0.416", "0.312", null);
    }

    /** A project of the regional list: title (town), total project sum and grant in millions, owner where named. */
    private void regional(FundingRound round, SubPool subPool, String title, String town, String totalMillions,
                          String grantedMillions, Organisation owner) {
        Project project = new Project(round.getFund(), round, title, ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
        project.locateIn(town);
        project.assignOwner(owner);
        project.budgetTotal(Money.dkkMillions(totalMillions));
        persist(project);
        persist(new Grant(project, subPool, Money.dkkMillions(grantedMillions)));
    }

    private Organisation school(String name, String town) {
        return organisation(name, OrganisationType.SCHOOL, town);
    }

    private Organisation organisation(String name, OrganisationType type, String town) {
        return organisations.computeIfAbsent(name, n -> persist(new Organisation(n, type, town)));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}

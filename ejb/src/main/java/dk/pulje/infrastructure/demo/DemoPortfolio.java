package dk.pulje.infrastructure.demo;

import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.UserAccount;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.fund.Theme;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.ContactPerson;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportType;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;

/**
 * The three seed documents as Pulje data: Udviklingspuljen's two library projects and Region Midtjylland's
 * education pool 2024 with its 15 projects, with every partner, contact, target group, activity, result goal,
 * co-financier and theme the documents name.
 * <p>
 * How the documents' noise is read (docs/demo-data.md): "0324 mio." is 0,324 mio.; "Samlet budget" is the total project
 * sum; "Leanmark" is an alias of Learnmark Horsens; amounts a document does not state stay unknown (null). The press
 * release's "80 % to the theme pool" is stored as the theme pool's <em>target</em>; what was granted is computed.
 */
final class DemoPortfolio {

    private final EntityManager em;
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, Theme> themes = new HashMap<>();

    DemoPortfolio(EntityManager em) {
        this.em = em;
    }

    /** The documented demo users' password (README); never a default outside demo mode. */
    static final String DEMO_PASSWORD = "Demo-Pulje-2026";

    /** Where the open pool's co-financing rule comes from (issue 11). */
    static final String OPEN_POOL_RULE_SOURCE = "Region Midtjyllands vilkår for uddannelsespuljens åbne pulje, 2017: "
            + "mindst 25 % medfinansiering af den samlede projektsum. Tolerancen dækker, at pressemeddelelsens beløb "
            + "er afrundet til hele tusinde kroner.";

    private final Map<String, Fund> funds = new HashMap<>();

    void load(Instant now) {
        loadUdviklingspuljen();
        loadUddannelsespuljen2024();
        loadDemoUsers(now);
    }

    /**
     * admin administers both funds; randers and aarhus are applicants of their libraries; region reads both funds
     * (regional staff compare across funds); sysadmin manages users. All with {@link #DEMO_PASSWORD}.
     */
    private void loadDemoUsers(Instant now) {
        List<Fund> allFunds = List.copyOf(funds.values());
        user("admin", "Anne Kjær Madsen", Role.FUND_ADMIN, List.of(), allFunds, now);
        user("randers", "Loke Andersen", Role.APPLICANT,
                List.of(organisations.get("Randers Bibliotek")), List.of(), now);
        user("aarhus", "Lotte Duwe Nielsen", Role.APPLICANT,
                List.of(organisations.get("Aarhus Kommunes Biblioteker")), List.of(), now);
        user("region", "Rasmus Holm Jensen", Role.REGIONAL_STAFF, List.of(), allFunds, now);
        user("sysadmin", "Mette Sørensen", Role.SYSTEM_ADMIN, List.of(), List.of(), now);
    }

    private void user(String username, String name, Role role, List<Organisation> memberOf, List<Fund> given, Instant now) {
        UserAccount account = new UserAccount(username, name, new PasswordHasher().hash(DEMO_PASSWORD.toCharArray()), now);
        account.grant(Set.of(role), memberOf, role == Role.FUND_ADMIN ? given : List.of(),
                role == Role.REGIONAL_STAFF ? given : List.of());
        persist(account);
    }

    private void loadUdviklingspuljen() {
        Organisation slks = organisation("Slots- og Kulturstyrelsen", OrganisationType.AGENCY, "København");
        Fund fund = new Fund(slks, "Udviklingspuljen for folkebiblioteker og pædagogiske læringscentre", "Udviklingspuljen");
        // Minimum own financing: 25 % of the costs for projects above 100.000 kr. (domain.md).
        fund.requireOwnFinancing(new OwnFinancingRule(new BigDecimal("0.25"), Money.dkk("100000")));
        funds.put("Udviklingspuljen", persist(fund));
        loadAiIBorgernesHaender(fund);
        loadLaeringsfaellesskaber(fund);
    }

    /** Seed 000: period, owner, partners, contact, target groups, three tracks, a report due December 2025; no amounts. */
    private void loadAiIBorgernesHaender(Fund fund) {
        Organisation randers = organisation("Randers Bibliotek", OrganisationType.LIBRARY, "Randers");
        Project ai = new Project(fund, null, "AI i borgernes hænder", ProjectType.DEVELOPMENT, ProjectStatus.FINAL_REPORT_DUE);
        ai.describe("""
                Hvordan kan biblioteker styrke borgernes digitale forståelse gennem en praktisk tilgang til AI?
                I en tid med stigende digitalisering og kunstig intelligens er det vigtigt at øge borgernes digitale \
                færdigheder. Projektet lægger AI direkte i borgernes hænder på tre biblioteker: Randers, Aabenraa og \
                Aalborg, og undersøger, hvordan bibliotekerne kan gøre AI vedkommende og tilgængelig for en bredere \
                befolkning, samtidig med at bibliotekernes egne færdigheder og viden styrkes.""");
        ai.assignOwner(randers);
        ai.locateIn("Randers", "Randers Kommune");
        ai.schedule(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        ai.addPartner(organisation("Aabenraa Bibliotekerne", OrganisationType.LIBRARY, "Aabenraa"), PartnerRole.PARTICIPANT);
        ai.addPartner(organisation("Aalborg Bibliotekerne", OrganisationType.LIBRARY, "Aalborg"), PartnerRole.PARTICIPANT);
        ai.addContact(contact(randers, "Loke Andersen", "Projektleder", "lda@randersbib.dk", "87 10 68 31"), "Projektleder");
        ai.addTargetGroup("Borgere, der øger deres digitale forståelse og færdigheder");
        ai.addTargetGroup("Biblioteksansatte, der styrker deres digitale udviklingskompetencer og opnår praksiserfaring "
                + "med AI i borgernes hverdagsliv");
        ai.addActivity("Workshops, åbne værksteder og strukturerede forløb, hvor brugerne får konkret erfaring med generativ AI");
        ai.addActivity("Spor 1: et forløb med eksterne partnere");
        ai.addActivity("Spor 2: et forløb med fokus på sprog og litteratur");
        ai.addActivity("Spor 3: et forløb med en maker-vinkel og prototypeudvikling");
        ai.addGoal("Borgerne øger deres digitale forståelse og færdigheder gennem praktisk brug af AI", null);
        ai.addGoal("Bibliotekerne styrker egne færdigheder og viden om AI", null);
        ai.addTheme(theme("AI"));
        ai.addTheme(theme("Digital dannelse"));
        ai.addFinancing(FinancingKind.THIS_GRANT, fund.getFunder(), null, "Udviklingspuljen; beløbet er ikke oplyst");
        ai.requireReport(ReportType.FINAL, LocalDate.of(2025, 12, 31));
        ai.noteInternally("Demo: intern bemærkning fra puljeadministrationen. Slutrapporten rykkes, hvis den ikke er "
                + "modtaget i januar. Ansøgere ser aldrig denne note.");
        persist(ai);
        persist(new Grant(ai, null, null));
    }

    /**
     * Seed 001: a maturation project led by Aarhus, co-financed by Aarhus, Ballerup and P2PU (amounts not stated),
     * with a steering group, a test library, invited libraries and advisers, result goals, and as its output an
     * application for a larger project (the follow-up link).
     */
    private void loadLaeringsfaellesskaber(Fund fund) {
        Organisation aarhus = organisation("Aarhus Kommunes Biblioteker", OrganisationType.LIBRARY, "Aarhus");
        Organisation ballerup = organisation("Ballerup Bibliotekerne", OrganisationType.LIBRARY, "Ballerup");
        Organisation p2pu = organisation("Peer 2 Peer University", OrganisationType.NGO, null);
        p2pu.addAlias("P2PU");
        p2pu.addAlias("P2PUniversity");

        Project learning = new Project(fund, null, "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt",
                ProjectType.MATURATION, ProjectStatus.GRANTED);
        learning.describe("""
                En bæredygtig fremtid kræver mere end blot at levere viden og læring i velkendte formater. \
                Modningsprojektet laver et proof-of-concept på, at læringscirkler og den digitale platform p2pu.org er \
                brugbare i folkebibliotekernes arbejde med verdensmål. Resultatet er en afklaring af læringscirklers \
                potentiale i danske folkebiblioteker og en ansøgning til Udviklingspuljen om et større projekt.
                Metoden er iterativ og eksperimenterende, baseret på P2PU's tre værdier: Peer Learning, Community & Equity.""");
        learning.assignOwner(aarhus);
        learning.locateIn("Aarhus", "Aarhus Kommune");
        learning.addPartner(ballerup, PartnerRole.STEERING_GROUP);
        learning.addPartner(p2pu, PartnerRole.STEERING_GROUP);
        learning.addPartner(organisation("Roskilde Bibliotekerne", OrganisationType.LIBRARY, "Roskilde"), PartnerRole.TEST_SITE);
        learning.addPartner(organisation("Herning Bibliotekerne", OrganisationType.LIBRARY, "Herning"), PartnerRole.ADVISOR);
        learning.addPartner(organisation("Danskernes Digitale Bibliotek", OrganisationType.AGENCY, null), PartnerRole.INVITED);
        learning.addPartner(organisation("DB 2030-netværket", OrganisationType.NGO, null), PartnerRole.INVITED);
        learning.addPartner(foreign("EiFL Public Libraries Innovation Programme", OrganisationType.NGO, null), PartnerRole.ADVISOR);
        learning.addPartner(foreign("Stadtbibliothek Köln", OrganisationType.LIBRARY, "DE"), PartnerRole.ADVISOR);
        learning.addPartner(foreign("Chicago Public Library", OrganisationType.LIBRARY, "US"), PartnerRole.ADVISOR);
        learning.addContact(contact(aarhus, "Sidsel Bech-Petersen", "Leder af projektudvikling og borgerinddragelse",
                "sibp@aarhus.dk", null), "Leder af projektudvikling og borgerinddragelse");
        learning.addContact(contact(aarhus, "Lotte Duwe Nielsen", "Projektleder", "LDN@aarhus.dk", "51 57 64 61"), "Projektleder");
        learning.addTargetGroup("Unge og voksne borgere i lokalsamfund samt interessefællesskaber, der kan understøttes af læringsfællesskaber");
        learning.addTargetGroup("Folkebiblioteker i Danmark, som bliver en del af international nytænkning om læring for alle om verdensmål");
        learning.addActivity("Workshop med danske biblioteker: afdækning af behov, deling af erfaringer");
        learning.addActivity("3 online workshops med P2PU – åbent for alle danske folkebiblioteker");
        learning.addActivity("Etablering af projektsamarbejde med folkebiblioteker på tværs af flere kommuner og regioner");
        learning.addGoal("Afklaring af læringscirklers potentiale i danske biblioteker og et proof-of-concept på, hvordan "
                + "læringscirkler og den digitale platform p2pu.org er brugbare i bibliotekernes arbejde med verdensmål", null);
        learning.addGoal("At folkebiblioteker samarbejder for at forbedre muligheden for, at læringsfællesskaber og "
                + "peer-læring kan blomstre", null);
        learning.addGoal("En ansøgning til Udviklingspuljen for folkebiblioteker og pædagogiske læringscentre om et nyt projekt",
                "Ansøgningen er indsendt");
        learning.addTheme(theme("Verdensmål"));
        learning.addTheme(theme("Læringsfællesskaber"));
        learning.addFinancing(FinancingKind.OWN_CASH, aarhus, null, "Beløbet er ikke oplyst");
        learning.addFinancing(FinancingKind.PARTNER_CONTRIBUTION, ballerup, null, "Beløbet er ikke oplyst");
        learning.addFinancing(FinancingKind.PARTNER_CONTRIBUTION, p2pu, null, "Beløbet er ikke oplyst");
        learning.addFinancing(FinancingKind.THIS_GRANT, fund.getFunder(), null, "Tilskud fra Udviklingspuljen; beløbet er ikke oplyst");

        // The document's stated output: an application for a larger project. Recorded as that application, so that
        // the maturation project can point at it (docs/demo-data.md).
        Project followUp = new Project(fund, null, "Læringsfællesskaber for en bæredygtig fremtid",
                ProjectType.DEVELOPMENT, ProjectStatus.APPLICATION_RECEIVED);
        followUp.describe("Det større projekt, som modningsprojektet fører frem til: læringscirkler i folkebibliotekernes "
                + "arbejde med verdensmål, på tværs af kommuner og regioner.");
        followUp.assignOwner(aarhus);
        followUp.locateIn("Aarhus", "Aarhus Kommune");
        followUp.addTheme(theme("Verdensmål"));
        followUp.addTheme(theme("Læringsfællesskaber"));
        persist(followUp);
        persist(new Grant(followUp, null, null));

        learning.leadsTo(followUp);
        persist(learning);
        persist(new Grant(learning, null, null));
    }

    private void loadUddannelsespuljen2024() {
        Organisation region = organisation("Region Midtjylland", OrganisationType.REGION, "Viborg");
        Fund fund = persist(new Fund(region, "Region Midtjyllands uddannelsespulje", "Uddannelsespuljen"));
        funds.put("Uddannelsespuljen", fund);
        FundingRound round = persist(new FundingRound(fund, "Uddannelsespuljen 2024", 2024, Money.dkkMillions("19.9")));
        SubPool theme = persist(round.addSubPool("Temapulje", SubPoolKind.THEME, new BigDecimal("0.80"),
                List.of(theme("Kompetencer til fremtidens arbejdsmarked"), theme("EuroSkills 2025"))));
        SubPool open = persist(round.addSubPool("Åben pulje", SubPoolKind.OPEN, new BigDecimal("0.20"), List.of()));
        // Issue 11: the open pool's co-financing rule, as Region Midtjylland's published conditions put it in 2017.
        // The press release rounds totals and grants to whole thousands (±500 kr. each), which moves a project's
        // margin (co-financing − 25 % of the total) by up to 500 + 500 + 125 kr.: that is the stated tolerance.
        open.requireCofinancing(new OwnFinancingRule(new BigDecimal("0.25"), null, Money.dkk("1125"),
                DemoPortfolio.OPEN_POOL_RULE_SOURCE));

        Organisation learnmark = school("Learnmark Horsens", "Horsens");
        learnmark.addAlias("Leanmark Horsens");

        regional(round, theme, "EuroSkills 2025", "Herning", "11.063", "6",
                school("Herningsholm Erhvervsskole og Gymnasier", "Herning"), "EuroSkills 2025", "Grøn omstilling", "Flere faglærte");
        regional(round, theme, "AI - Didaktik, sprog og kompetencer til fremtiden", "Horsens", "9.735", "5.052",
                learnmark, "Kompetencer til fremtidens arbejdsmarked", "AI");
        regional(round, theme, "MYRE Midt", "Viborg", "4.267", "2.7", school("Mercantec", "Viborg"),
                "Kompetencer til fremtidens arbejdsmarked", "Fremtidens teknologier");

        regional(round, open, "Skriftlighed forfra", "Aarhus", "2.642", "1", null);
        regional(round, open, "Feedback i en AI-tid", "Horsens", "1.536", "0.457", null, "AI");
        regional(round, open, "Digitalt Grundforløb på STX", "Randers", "0.554", "0.145", null, "Fremtidens teknologier");
        regional(round, open, "Lær med AI", "Randers", "1.027", "0.492", null, "AI");
        regional(round, open, "Ung til ung ambassadører på FGU Østjylland", "Randers", "0.324", "0.164",
                school("FGU Østjylland", "Randers"), "Elevtrivsel");
        regional(round, open, "Den styrkebaserede tilgang", "Randers", "1.343", "0.465", null, "Elevtrivsel");
        regional(round, open, "Viden og læring fra trivselsdata i PSB", "Randers", "1.204", "0.6", null, "Elevtrivsel");
        regional(round, open, "Grønne Rollemodeller", "Aarhus", "0.689", "0.517", null, "Grøn omstilling");
        regional(round, open, "Power-to-X i erhvervsuddannelserne", "Holstebro", "0.743", "0.558", null, "Grøn omstilling");
        regional(round, open, "Grøn omstilling og bæredygtige kulturer", "Nørre Nissum", "4.046", "0.883", null, "Grøn omstilling");
        regional(round, open, "Sejl og studér på Lemvig Gymnasium", "Lemvig", "0.798", "0.599",
                school("Lemvig Gymnasium", "Lemvig"));
        regional(round, open, "Tværfagligt Studieunit", "Randers", "0.416", "0.312", null);
    }

    /**
     * A project of the regional list: title (town), total project sum and grant in millions, owner where named, themes
     * where the text gives them. The grant is also a financing line; the rest of the total is co-financing whose sources
     * the press release does not name, so no line is invented for it: the financing shows the gap.
     */
    private void regional(FundingRound round, SubPool subPool, String title, String town, String totalMillions,
                          String grantedMillions, Organisation owner, String... themeNames) {
        Project project = new Project(round.getFund(), round, title, ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
        project.locateIn(town);
        project.assignOwner(owner);
        project.budgetTotal(Money.dkkMillions(totalMillions));
        List.of(themeNames).forEach(name -> project.addTheme(theme(name)));
        Money granted = Money.dkkMillions(grantedMillions);
        project.addFinancing(FinancingKind.THIS_GRANT, round.getFund().getFunder(), granted, null);
        persist(project);
        Grant grant = new Grant(project, subPool, null);
        grant.decide(granted, null, null, null);
        persist(grant);
    }

    private Organisation school(String name, String town) {
        return organisation(name, OrganisationType.SCHOOL, town);
    }

    private Organisation foreign(String name, OrganisationType type, String country) {
        Organisation organisation = organisation(name, type, null);
        organisation.locate(null, null, null, country);
        return organisation;
    }

    private Organisation organisation(String name, OrganisationType type, String town) {
        return organisations.computeIfAbsent(name, n -> persist(new Organisation(n, type, town)));
    }

    private ContactPerson contact(Organisation organisation, String name, String jobTitle, String email, String phone) {
        return persist(new ContactPerson(organisation, name, jobTitle, email, phone));
    }

    private Theme theme(String name) {
        return themes.computeIfAbsent(name, n -> persist(new Theme(n)));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}

package dk.pulje.it.security;

import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dk.pulje.it.security.AccessMatrixIT.Outcome.FORBIDDEN;
import static dk.pulje.it.security.AccessMatrixIT.Outcome.LOGIN;
import static dk.pulje.it.security.AccessMatrixIT.Outcome.NOT_FOUND;
import static dk.pulje.it.security.AccessMatrixIT.Outcome.OK;
import static dk.pulje.it.security.AccessMatrixIT.Outcome.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every page and every endpoint, for every role: allowed, forbidden, not found or sent to the login. The page and
 * endpoint lists are read from the sources, so a page or endpoint added without a line here fails this test.
 */
@PuljeIntegrationTest
@RunAsClient
class AccessMatrixIT {

    /** MIXED administers Uddannelsespuljen and reads Udviklingspuljen as regional staff (issue 7; FundRolesIT changes). */
    enum Who { ANONYMOUS, ADMIN, RANDERS, REGION, SYSADMIN, MIXED }

    enum Outcome { OK, LOGIN, FORBIDDEN, NOT_FOUND, UNAUTHORIZED }

    private static final String AI = "AI i borgernes hænder";
    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";
    private static long randersProject;
    private static long aarhusProject;
    private static long educationFund;
    private static long developmentFund;
    private static long educationRound;
    private static long foreignFund;
    private static long foreignRound;
    private static long aiReport;
    private static long randersReport;
    private static long foreignReport;
    private static dk.pulje.it.attachment.AttachmentData.Fixture attachments;
    private static long[] foreignAttachment;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void findProjects() {
        TestUsers.create("mixed", DemoUser.PASSWORD, Map.of("FUND_ADMIN", List.of("Uddannelsespuljen"),
                "REGIONAL_STAFF", List.of("Udviklingspuljen")));
        WebClient admin = WebClient.basic("admin", DemoUser.PASSWORD);
        randersProject = admin.projectId(AI).orElseThrow();
        aarhusProject = admin.projectId(MATURATION).orElseThrow();
        educationFund = ForeignFund.fundId("Uddannelsespuljen");
        developmentFund = ForeignFund.fundId("Udviklingspuljen");
        educationRound = ForeignFund.roundId("Uddannelsespuljen 2024");
        long[] foreign = ForeignFund.ensure();
        foreignFund = foreign[0];
        foreignRound = foreign[1];
        aiReport = reportOf(randersProject);
        randersReport = dk.pulje.it.support.ReportData.progressReport("Adgangsrapport").reportId();
        foreignReport = dk.pulje.it.support.ReportData.foreignReport().reportId();
        attachments = dk.pulje.it.attachment.AttachmentData.randersReport("Adgang til bilag", "DUE");
        foreignAttachment = dk.pulje.it.attachment.AttachmentData.foreignReport();
    }

    /** The seed's report of a project (AI i borgernes hænder has one, its final report). */
    private static long reportOf(long projectId) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             java.sql.PreparedStatement query = db.prepareStatement("select min(id) from report_obligation where project_id = ?")) {
            query.setLong(1, projectId);
            try (java.sql.ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pages: path → who gets what. Anonymous visitors are sent to the login page. */
    private static Map<String, Map<Who, Outcome>> pages() {
        Map<String, Map<Who, Outcome>> pages = new LinkedHashMap<>();
        pages.put("index.xhtml", row(LOGIN, OK, OK, OK, OK));
        pages.put("projects/list.xhtml", row(LOGIN, OK, OK, OK, FORBIDDEN));
        pages.put("projects/view.xhtml?id=" + randersProject, row(LOGIN, OK, OK, OK, FORBIDDEN));
        // Randers reading Aarhus's project by id: nothing, as if it did not exist.
        pages.put("projects/view.xhtml?id=" + aarhusProject, row(LOGIN, OK, NOT_FOUND, OK, FORBIDDEN));
        // Funds, rounds and sub-pools: fund administrators only, each in their own funds. The mixed user administers
        // Uddannelsespuljen only: Udviklingspuljen (which it reads as regional staff) and a fund nobody administers are
        // not found, as if they did not exist (the IDOR cases; aForgedFundOrRoundIdLeaksNothing reads the answer).
        // Registering an application: fund administrators only (the mixed user administers a fund, so it may).
        pages.put("projects/new.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/list.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/fund.xhtml?id=" + educationFund, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/fund.xhtml?id=" + developmentFund, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("funds/fund.xhtml?id=" + foreignFund, row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("funds/fund.xhtml?id=x", row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("funds/round.xhtml?id=" + educationRound, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/round.xhtml?id=" + foreignRound, row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        // Issue 12: the import page, fund administrators only. A fund or round from a link is preselected only when the
        // caller administers it; anyone else's (or none) is not found. A report download names a report of this session.
        pages.put("imports/allocations.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("imports/allocations.xhtml?round=" + educationRound, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("imports/allocations.xhtml?fund=" + developmentFund, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("imports/allocations.xhtml?fund=" + foreignFund, row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("imports/allocations.xhtml?round=" + foreignRound, row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("imports/allocations.xhtml?round=999999999", row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("imports/allocations.xhtml?report=00000000-0000-0000-0000-000000000000&export=CSV",
                row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        // Work lists: fund administrators only, always over their own administered funds (a forged ?fund= shows nothing).
        pages.put("work/payments.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("work/payments.xhtml?fund=" + foreignFund + "&due=OVERDUE", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("work/grants.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("work/reports.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // Issue 10: the administrators' deadline board (their own funds only) and the applicant's own pages (/my/*,
        // applicants only; another organisation's ?org= is not found, as if it did not exist).
        pages.put("work/deadlines.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // Issue 11: the dashboards, for those who read a whole portfolio (fund administrators and regional staff).
        pages.put("dashboards/index.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        // Issue 11 (D): compare, organisations, follow-up chains. A chain from a project outside the caller's funds, or
        // from no project at all, is not found; the mixed user reads both demo funds (one administered, one as staff).
        pages.put("dashboards/compare.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/compare.xhtml?fund=" + educationFund + "&fund=" + developmentFund, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/organisations.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/organisations.xhtml?fund=" + educationFund + "&export=CSV", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/chain.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/chain.xhtml?project=" + aarhusProject, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/chain.xhtml?project=999999999", row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("dashboards/chain.xhtml?project=x", row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        // The round dashboard: without a round it offers the caller's rounds; a round outside the portfolio is not found.
        pages.put("dashboards/round.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/round.xhtml?round=" + educationRound, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/round.xhtml?round=" + educationRound + "&town=Randers", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/round.xhtml?round=" + foreignRound, row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("dashboards/round.xhtml?round=" + educationRound + "&export=CSV", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/round.xhtml?round=" + foreignRound + "&export=CSV", row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("dashboards/round.xhtml?round=999999999", row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("dashboards/distribution.xhtml?by=town&round=" + educationRound, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/distribution.xhtml?by=theme&round=" + foreignRound, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/cofinancing.xhtml?round=" + educationRound, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        // Money over time, the timeline and overdue reports (issue 11, helper C): the same readers as the hub; the
        // figures are scoped in the services (MoneyTimelineReportsIT), a forged ?fund= shows nothing.
        pages.put("dashboards/money.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/money.xhtml?fund=" + foreignFund + "&export=CSV", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/timeline.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/reports.xhtml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("dashboards/reports.xhtml?page=x&fund=" + foreignFund, row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("my/projects.xhtml", row(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        pages.put("my/deadlines.xhtml", row(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        pages.put("my/contacts.xhtml", row(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        pages.put("my/contacts.xhtml?org=" + ForeignFund.organisationId("Aarhus Kommunes Biblioteker"),
                row(LOGIN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        // Organisations are shared by every fund: fund and system administrators keep them, also the funder of a fund
        // they do not administer (its projects are not listed to them: OrganisationServiceIT).
        long randersLibrary = ForeignFund.organisationId("Randers Bibliotek");
        long foreignFunder = ForeignFund.organisationId(ForeignFund.FUNDER);
        pages.put("organisations/list.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        pages.put("organisations/edit.xhtml", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        pages.put("organisations/edit.xhtml?id=" + randersLibrary, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        pages.put("organisations/edit.xhtml?id=" + foreignFunder, row(LOGIN, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        pages.put("organisations/edit.xhtml?id=999999999", row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND));
        pages.put("organisations/edit.xhtml?id=x", row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND));
        // Reports (issue 10): the owner's applicant writes (others who read the project read the form); the fund's
        // administrators review. Regional staff and system administrators have no report pages. A report of another
        // organisation's project, or of a fund the caller does not administer, is not found, as is a forged id.
        pages.put("reports/edit.xhtml?id=" + aiReport, row(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK));
        pages.put("reports/edit.xhtml?id=" + randersReport, row(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/edit.xhtml?id=" + foreignReport, row(LOGIN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/edit.xhtml?id=x", row(LOGIN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/review.xhtml?id=" + aiReport, row(LOGIN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/review.xhtml?id=" + randersReport, row(LOGIN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/review.xhtml?id=" + foreignReport, row(LOGIN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/review.xhtml?id=999999999", row(LOGIN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("admin/users.xhtml", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("admin/security-log.xhtml", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("account/password.xhtml", row(LOGIN, OK, OK, OK, OK));
        // Issue 13: one's own second factor; the login's code step is public (without a password step it only shows a form)
        pages.put("account/security.xhtml", row(LOGIN, OK, OK, OK, OK));
        pages.put("login-code.xhtml", row(OK, OK, OK, OK, OK));
        pages.put("login.xhtml", row(OK, OK, OK, OK, OK));
        pages.put("error.xhtml", row(OK, OK, OK, OK, OK));
        // Issue 10, attachments: a report's files go to those who read its project (randers owns it, admin administers
        // its fund; region and mixed read other funds: not found); the system administrator reads no project content.
        // The report's attachment page opens through ReportService: applicants and fund administrators only.
        pages.put("files/attachment/" + attachments.attachmentId(), row(LOGIN, OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("files/attachment/" + foreignAttachment[1], row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("files/attachment/999999999", row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("reports/attachments.xhtml?id=" + attachments.reportId(), row(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/attachments.xhtml?id=" + foreignAttachment[0], row(LOGIN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("reports/attachments.xhtml?id=x", row(LOGIN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        // Issue 12, open data: the round and fund pages' download links, with the session (the API is Basic only).
        // Applicants pass web.xml's /files/* but the service refuses them; outside the portfolio: not found.
        pages.put("files/open-data/rounds/" + educationRound + "/360giving.json", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("files/open-data/rounds/" + educationRound + "/iati.xml", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("files/open-data/funds/" + educationFund + "/360giving.csv", row(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        pages.put("files/open-data/rounds/" + foreignRound + "/360giving.json", row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("files/open-data/funds/" + foreignFund + "/iati.xml", row(LOGIN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        pages.put("files/open-data/rounds/x/iati.xml", row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        // Issue 12 (D): every list's download (?export=CSV|XLSX) is its page's: the same roles, the same scope; a PDF of
        // a project or round the caller may not read is not found, as the page is (the IDOR cases).
        pages.put("projects/list.xhtml?q=AI&export=CSV", row(LOGIN, OK, OK, OK, FORBIDDEN));
        pages.put("projects/list.xhtml?export=XLSX", row(LOGIN, OK, OK, OK, FORBIDDEN));
        pages.put("projects/view.xhtml?id=" + randersProject + "&export=PDF", row(LOGIN, OK, OK, OK, FORBIDDEN));
        pages.put("projects/view.xhtml?id=" + aarhusProject + "&export=PDF", row(LOGIN, OK, NOT_FOUND, OK, FORBIDDEN));
        pages.put("projects/view.xhtml?id=999999999&export=PDF", row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN));
        pages.put("funds/list.xhtml?export=CSV", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/round.xhtml?id=" + educationRound + "&export=XLSX", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/round.xhtml?id=" + educationRound + "&export=PDF", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("funds/round.xhtml?id=" + foreignRound + "&export=CSV", row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("funds/round.xhtml?id=" + foreignRound + "&export=PDF", row(LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        pages.put("organisations/list.xhtml?q=bibliotek&export=XLSX", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        pages.put("work/grants.xhtml?export=XLSX", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("work/payments.xhtml?fund=" + foreignFund + "&export=CSV", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("work/reports.xhtml?export=CSV", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("work/deadlines.xhtml?days=365&export=XLSX", row(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("my/projects.xhtml?export=XLSX", row(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        pages.put("my/deadlines.xhtml?export=CSV", row(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        pages.put("admin/users.xhtml?export=XLSX", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("admin/security-log.xhtml?export=CSV", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // Where the container sends errors; asked for directly it is nothing.
        pages.put("error-dispatch", row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        return pages;
    }

    /** Endpoints, called with HTTP Basic (anonymous: no credentials). */
    private static Map<String, Map<Who, Outcome>> endpoints() {
        Map<String, Map<Who, Outcome>> endpoints = new LinkedHashMap<>();
        endpoints.put("api/projects", row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/projects/" + randersProject, row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/projects/" + aarhusProject, row(UNAUTHORIZED, OK, NOT_FOUND, OK, FORBIDDEN));
        endpoints.put("api/export/projects.csv", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/export/projects.xlsx", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/compare?fund=" + educationFund + "&fund=" + developmentFund, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        endpoints.put("api/v1/organisations/participation", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        // Q8 by the API: a chain from a project outside the caller's funds, or from none, is not found.
        endpoints.put("api/v1/chains/" + aarhusProject, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN, OK));
        endpoints.put("api/v1/chains/999999999", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        // Issue 11, the round dashboard's API: the caller's portfolio; a fund or round outside it is not found.
        endpoints.put("api/v1/funds", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/funds/" + educationFund + "/rounds", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/funds/" + developmentFund + "/rounds", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/funds/" + foreignFund + "/rounds", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + educationRound + "/summary", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + foreignRound + "/summary", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        // Issue 11: the dashboards' REST twins, for those who read a whole portfolio; a foreign round is not found.
        endpoints.put("api/v1/rounds/" + educationRound + "/distribution", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + foreignRound + "/distribution", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + educationRound + "/cofinancing", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + foreignRound + "/cofinancing", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        endpoints.put("api/v1/money", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/reports/overdue", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        // Open data (issue 12, helper E): the portfolio's readers; a round or fund outside it is not found.
        for (String file : List.of("360giving", "360giving.csv", "iati")) {
            endpoints.put("api/v1/rounds/" + educationRound + "/export/" + file, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
            endpoints.put("api/v1/rounds/" + foreignRound + "/export/" + file, row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
            endpoints.put("api/v1/funds/" + educationFund + "/export/" + file, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
            endpoints.put("api/v1/funds/" + foreignFund + "/export/" + file, row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        }
        return endpoints;
    }

    @Test
    void everyPageAnswersEachRoleAsItShould() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            WebClient client = who == Who.ANONYMOUS ? WebClient.anonymous() : WebClient.loggedIn(username(who), DemoUser.PASSWORD);
            pages().forEach((path, expected) -> check(wrong, who, path, expected.get(who), client.get(path)));
        }
        assertEquals(List.of(), wrong);
    }

    /** A forged fund or round id answers exactly like an id that does not exist: no name, no figure, no hint. */
    @Test
    void aForgedFundOrRoundIdLeaksNothing() {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<String> missing = admin.get("funds/round.xhtml?id=999999999");
        // Issue 12: the round's downloads (spreadsheet and PDF report) and the import page with a forged fund or round
        // answer like a missing one.
        for (String path : List.of("funds/fund.xhtml?id=" + foreignFund, "funds/round.xhtml?id=" + foreignRound,
                "funds/round.xhtml?id=" + foreignRound + "&export=XLSX", "funds/round.xhtml?id=" + foreignRound + "&export=PDF",
                "imports/allocations.xhtml?fund=" + foreignFund, "imports/allocations.xhtml?round=" + foreignRound)) {
            HttpResponse<String> forged = admin.get(path);
            assertEquals(404, forged.statusCode(), path);
            for (String secret : List.of(ForeignFund.NAME, ForeignFund.ROUND, ForeignFund.FUNDER, "1.000.000")) {
                assertFalse(forged.body().contains(secret), path + " leaks " + secret);
            }
            assertEquals(stripped(missing.body()), stripped(forged.body()), path + " answers unlike a missing id");
        }
        HttpResponse<String> mixed = WebClient.loggedIn("mixed", DemoUser.PASSWORD).get("funds/fund.xhtml?id=" + developmentFund);
        assertEquals(404, mixed.statusCode());
        assertFalse(mixed.body().contains("Udviklingspuljen for folkebiblioteker"), "the fund's name leaks to a non-administrator");
    }

    /**
     * {@code POST /api/v1/imports/allocations} (issue 12; POST only, so not in the GET matrix): a dry run of a one-row
     * list into the demo round, for every role; a fund the caller does not administer is "not found".
     */
    @Test
    void theImportEndpointAnswersEachRoleAsItShould() {
        Map<Who, Outcome> expected = row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            check(wrong, who, "import into " + educationFund, expected.get(who), importDryRun(who, educationFund));
        }
        check(wrong, Who.ADMIN, "import into a foreign fund", NOT_FOUND, importDryRun(Who.ADMIN, foreignFund));
        check(wrong, Who.MIXED, "import into a fund read as regional staff", NOT_FOUND, importDryRun(Who.MIXED, developmentFund));
        assertEquals(List.of(), wrong);
    }

    private static HttpResponse<String> importDryRun(Who who, long fund) {
        String boundary = "matrix" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\n\r\n"
                + "Projekt;Bevilget\r\nAdgangstest;1000\r\n\r\n--" + boundary + "--\r\n";
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        dk.pulje.it.support.Urls.base() + "api/v1/imports/allocations?fund=" + fund + "&round="
                                + java.net.URLEncoder.encode("Uddannelsespuljen 2024", java.nio.charset.StandardCharsets.UTF_8)
                                + "&dryRun=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
        if (who != Who.ANONYMOUS) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (username(who) + ":" + DemoUser.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A forged report id answers exactly like one that does not exist, for the grantee's form and the review alike. */
    @Test
    void aForgedReportIdLeaksNothing() {
        for (String user : List.of("admin", "randers")) {
            WebClient client = WebClient.loggedIn(user, DemoUser.PASSWORD);
            for (String page : List.of("reports/edit.xhtml", "reports/review.xhtml")) {
                HttpResponse<String> missing = client.get(page + "?id=999999999");
                HttpResponse<String> forged = client.get(page + "?id=" + foreignReport);
                assertEquals(404, forged.statusCode(), user + " " + page);
                for (String secret : List.of("Fremmed rapport", "Fremmed bibliotek", "Rapportpuljen")) {
                    assertFalse(forged.body().contains(secret), user + " " + page + " leaks " + secret);
                }
                assertEquals(stripped(missing.body()), stripped(forged.body()), user + " " + page + " answers unlike a missing id");
            }
        }
    }

    /** The page without what differs from one request to the next (nonces, incident ids). */
    private static String stripped(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("(ViewState[^>]*value=)\"[^\"]*\"", "$1")
                .replaceAll("csp\\.init\\('[^']*'\\)", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "").replaceAll("\\d{6,}", "");
    }

    @Test
    void everyEndpointAnswersEachRoleAsItShould() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            WebClient client = who == Who.ANONYMOUS ? WebClient.anonymous() : WebClient.basic(username(who), DemoUser.PASSWORD);
            endpoints().forEach((path, expected) -> check(wrong, who, path, expected.get(who), client.get(path)));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageInTheSourcesIsInTheMatrix() throws IOException {
        Set<String> inSources;
        try (Stream<Path> files = Files.walk(Path.of("../web/src/main/webapp"))) {
            inSources = files.map(p -> Path.of("../web/src/main/webapp").relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> inMatrix = pages().keySet().stream().map(p -> p.replaceAll("\\?.*", "")).filter(p -> p.endsWith(".xhtml"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inSources, inMatrix, "a page was added without saying who may open it");
    }

    @Test
    void everyEndpointInTheSourcesIsInTheMatrix() throws IOException {
        Set<String> inSources = new TreeSet<>();
        Pattern classPath = Pattern.compile("@Path\\(\"([^\"]+)\"\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public class");
        Pattern methodPath = Pattern.compile("@Path\\(\"([^\"]+)\"\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public (?!class)");
        Pattern getWithoutPath = Pattern.compile("@GET\\s*(?:@Produces\\([^)]*\\)\\s*)?public (?!class)");
        try (Stream<Path> files = Files.walk(Path.of("../web/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                String code = Files.readString(file);
                Matcher type = classPath.matcher(code);
                if (!type.find()) {
                    continue;
                }
                String base = "api" + type.group(1);
                if (getWithoutPath.matcher(code).find()) {
                    inSources.add(base);
                }
                Matcher method = methodPath.matcher(code);
                while (method.find()) {
                    inSources.add(base + method.group(1));
                }
            }
        }
        // An id anywhere in the path stands for {id} (/api/v1/funds/7/rounds); a query string is not part of the path.
        Set<String> inMatrix = endpoints().keySet().stream().map(p -> p.replaceAll("\\?.*", "").replaceAll("/\\d+(?=/|$)", "/{id}"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inSources, inMatrix, "an endpoint was added without saying who may call it");
    }

    private static void check(List<String> wrong, Who who, String path, Outcome expected, HttpResponse<String> response) {
        Outcome actual = outcome(response);
        if (actual != expected) {
            wrong.add(who + " " + path + ": expected " + expected + " but got " + actual + " (" + response.statusCode() + ")");
        }
    }

    static Outcome outcome(HttpResponse<String> response) {
        return switch (response.statusCode()) {
            case 200 -> OK;
            case 302, 303 -> response.headers().firstValue("Location").orElse("").contains("login.xhtml") ? LOGIN : OK;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            default -> throw new AssertionError("Unexpected status " + response.statusCode() + " for " + response.uri());
        };
    }

    private static String username(Who who) {
        return who.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mixed user reads what an administrator reads: its project pages and API answer alike (see FundRolesIT). */
    private static Map<Who, Outcome> row(Outcome anonymous, Outcome admin, Outcome randers, Outcome region, Outcome sysadmin) {
        return row(anonymous, admin, randers, region, sysadmin, admin);
    }

    private static Map<Who, Outcome> row(Outcome anonymous, Outcome admin, Outcome randers, Outcome region, Outcome sysadmin,
                                         Outcome mixed) {
        Map<Who, Outcome> row = new EnumMap<>(Who.class);
        row.put(Who.MIXED, mixed);
        row.put(Who.ANONYMOUS, anonymous);
        row.put(Who.ADMIN, admin);
        row.put(Who.RANDERS, randers);
        row.put(Who.REGION, region);
        row.put(Who.SYSADMIN, sysadmin);
        return row;
    }
}

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

import static dk.pulje.it.security.AccessMatrixIT.Outcome.BAD_REQUEST;
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

    enum Outcome { OK, LOGIN, FORBIDDEN, NOT_FOUND, UNAUTHORIZED, BAD_REQUEST }

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
    private static long foreignProject;
    private static dk.pulje.it.attachment.AttachmentData.Fixture attachments;
    /** Issue 13: a token of the admin, whose id no one else finds. */
    private static long adminTokenId;
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
        dk.pulje.it.support.ReportData.Fixture foreignFixture = dk.pulje.it.support.ReportData.foreignReport();
        foreignReport = foreignFixture.reportId();
        foreignProject = foreignFixture.projectId();
        attachments = dk.pulje.it.attachment.AttachmentData.randersReport("Adgang til bilag", "DUE");
        foreignAttachment = dk.pulje.it.attachment.AttachmentData.foreignReport();
        adminTokenId = dk.pulje.it.support.TestTokens.id(dk.pulje.it.support.TestTokens.readOnly("admin"));
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
        // Issue 13: everyone keeps their own API tokens; the system administrator sees every token.
        pages.put("account/tokens.xhtml", row(LOGIN, OK, OK, OK, OK));
        pages.put("admin/tokens.xhtml", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
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
        // Issue 13 (contract): the API reference page and the document it reads, for every signed-in role.
        pages.put("api-docs/", row(LOGIN, OK, OK, OK, OK, OK));
        pages.put("api-docs/openapi.json", row(LOGIN, OK, OK, OK, OK, OK));
        // Where the container sends errors; asked for directly it is nothing.
        pages.put("error-dispatch", row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        return pages;
    }

    /** Endpoints, called with HTTP Basic (anonymous: no credentials). */
    private static Map<String, Map<Who, Outcome>> endpoints() {
        Map<String, Map<Who, Outcome>> endpoints = new LinkedHashMap<>();
        endpoints.put("api/projects", row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        // Issue 13 (contract): the OpenAPI document describes the API, not anybody's data: every signed-in client.
        endpoints.put("api/v1/openapi.json", row(UNAUTHORIZED, OK, OK, OK, OK, OK));
        endpoints.put("api/v1/openapi.yaml", row(UNAUTHORIZED, OK, OK, OK, OK, OK));
        endpoints.put("api/projects/" + randersProject, row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/projects/" + aarhusProject, row(UNAUTHORIZED, OK, NOT_FOUND, OK, FORBIDDEN));
        endpoints.put("api/export/projects.csv", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        // Issue 13 (D): API v1 is open to every role in web.xml; the services decide. Projects as the pages: applicants
        // their organisations' (another's is not found), system administrators none (403); a project of a fund nobody
        // of the demo reads is not found for all. Funds, rounds and sub-pools are the portfolio readers' (403 for
        // applicants and system administrators), outside the portfolio not found.
        endpoints.put("api/v1/projects", row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/v1/projects?sort=-granted&limit=500", row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/v1/projects?limit=501", row(UNAUTHORIZED, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST));
        endpoints.put("api/v1/projects/" + randersProject, row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/v1/projects/" + aarhusProject, row(UNAUTHORIZED, OK, NOT_FOUND, OK, FORBIDDEN));
        endpoints.put("api/v1/projects/" + foreignProject, row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        endpoints.put("api/v1/projects/999999999", row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        endpoints.put("api/v1/projects/" + randersProject + "/history", row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN));
        endpoints.put("api/v1/projects/" + aarhusProject + "/history", row(UNAUTHORIZED, OK, NOT_FOUND, OK, FORBIDDEN));
        endpoints.put("api/v1/projects/" + foreignProject + "/history", row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        endpoints.put("api/v1/funds/" + educationFund, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/funds/" + foreignFund, row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + educationRound, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + foreignRound, row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + educationRound + "/sub-pools", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        endpoints.put("api/v1/rounds/" + foreignRound + "/sub-pools", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
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
        // Issue 13 (F): a project's grant, payment plan and report obligations, read by everyone who reads the project
        // (the applicant its own); a project, report or payment that is none, or another fund's, is not found.
        for (String part : List.of("grant", "payments", "report-obligations")) {
            endpoints.put("api/v1/projects/" + randersProject + "/" + part, row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN, OK));
            endpoints.put("api/v1/projects/999999999/" + part, row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        }
        endpoints.put("api/v1/report-obligations/" + aiReport, row(UNAUTHORIZED, OK, OK, OK, FORBIDDEN, OK));
        endpoints.put("api/v1/report-obligations/" + foreignReport, row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        endpoints.put("api/v1/payments/999999999", row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        endpoints.put("api/v1/reports/overdue", row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        // Open data (issue 12, helper E): the portfolio's readers; a round or fund outside it is not found.
        // Issue 13: every role has its own "me" and tokens; another user's token id is not found (the admin's own: OK).
        endpoints.put("api/v1/me", row(UNAUTHORIZED, OK, OK, OK, OK));
        endpoints.put("api/v1/me/tokens", row(UNAUTHORIZED, OK, OK, OK, OK));
        endpoints.put("api/v1/me/tokens/" + adminTokenId, row(UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        endpoints.put("api/v1/me/tokens/999999999", row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        for (String file : List.of("360giving", "360giving.csv", "iati")) {
            endpoints.put("api/v1/rounds/" + educationRound + "/export/" + file, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
            endpoints.put("api/v1/rounds/" + foreignRound + "/export/" + file, row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
            endpoints.put("api/v1/funds/" + educationFund + "/export/" + file, row(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
            endpoints.put("api/v1/funds/" + foreignFund + "/export/" + file, row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));
        }
        // API v1 organisations (issue 13, helper C): fund and system administrators; a forged id is not found.
        endpoints.put("api/v1/organisations?q=bibliotek", row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        long foreignFunder = ForeignFund.organisationId(ForeignFund.FUNDER);
        endpoints.put("api/v1/organisations/" + foreignFunder, row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, OK, OK));
        endpoints.put("api/v1/organisations/999999999", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND));
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

    /**
     * The writes of API v1 (issue 13, helper C; not GETs, so not in the matrix above): registering and changing an
     * organisation (fund and system administrators), creating and replacing a project (administrators of its fund), for
     * every role; a forged id or a fund the caller does not administer is "not found".
     */
    @Test
    void theApiWritesAnswerEachRoleAsTheyShould() {
        // Projects are written in the API tests' own fund (administered by admin and mixed, like Uddannelsespuljen),
        // so that the scope and figure tests that run later still find the demo funds as the seeds say.
        long writeFund = dk.pulje.it.api.ApiFund.ensure("mixed").fund();
        String organisation = "{\"name\":\"Matrixforeningen\",\"type\":\"NGO\",\"town\":\"Vejle\"}";
        HttpResponse<String> registered = write(Who.ADMIN, "POST", "api/v1/organisations", organisation, null);
        long organisationId = registered.statusCode() == 201 ? id(registered)
                : ForeignFund.organisationId("Matrixforeningen");
        String project = "{\"fundId\":%d,\"type\":\"DEVELOPMENT\",\"status\":\"APPLICATION_RECEIVED\",\"title\":\"Matrixprojekt\","
                + "\"budgetLines\":[{\"category\":\"OTHER\",\"amount\":\"10.00\"}]}";
        long projectId = id(write(Who.ADMIN, "POST", "api/v1/projects", project.formatted(writeFund), null));
        String replacement = "{\"title\":\"Matrixprojekt\",\"budgetLines\":[],\"financingLines\":[]}";
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            String unique = "{\"name\":\"Matrix " + who + " " + System.nanoTime() + "\",\"type\":\"NGO\"}";
            check(wrong, who, "POST organisations", row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, OK, OK).get(who),
                    write(who, "POST", "api/v1/organisations", unique, null));
            check(wrong, who, "PUT organisations/{id}", row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, OK, OK).get(who),
                    write(who, "PUT", "api/v1/organisations/" + organisationId, organisation,
                            tag(write(Who.ADMIN, "GET", "api/v1/organisations/" + organisationId, null, null))));
            check(wrong, who, "PUT organisations/forged", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND).get(who),
                    write(who, "PUT", "api/v1/organisations/999999999", organisation, "\"0\""));
            check(wrong, who, "POST projects", row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK).get(who),
                    write(who, "POST", "api/v1/projects", project.formatted(writeFund), null));
            check(wrong, who, "POST projects in a foreign fund", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND).get(who),
                    write(who, "POST", "api/v1/projects", project.formatted(foreignFund), null));
            check(wrong, who, "PUT projects/{id}", row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK).get(who),
                    write(who, "PUT", "api/v1/projects/" + projectId, replacement,
                            tag(write(Who.ADMIN, "GET", "api/v1/projects/" + projectId, null, null))));
            check(wrong, who, "PUT projects/forged", row(UNAUTHORIZED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND).get(who),
                    write(who, "PUT", "api/v1/projects/999999999", replacement, "\"0\""));
        }
        check(wrong, Who.MIXED, "POST projects in a fund read as regional staff", NOT_FOUND,
                write(Who.MIXED, "POST", "api/v1/projects", project.formatted(developmentFund), null));
        assertEquals(List.of(), wrong);
    }

    /** The created thing's own id (a regular expression would find a nested line's "id" first: JSON-B sorts keys). */
    private static long id(HttpResponse<String> created) {
        if (created.statusCode() != 201) {
            throw new AssertionError(created.statusCode() + " " + created.body());
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(created.body()))) {
            return reader.readObject().getJsonNumber("id").longValueExact();
        }
    }

    private static String tag(HttpResponse<String> read) {
        return read.headers().firstValue("ETag").orElse("\"0\"");
    }

    /** A JSON request of API v1 as the given user, answered 2xx counting as OK. */
    private static HttpResponse<String> write(Who who, String method, String path, String json, String ifMatch) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(dk.pulje.it.support.Urls.base() + path))
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (who != Who.ANONYMOUS) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (username(who) + ":" + DemoUser.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return response;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issue 13 (F): the grant, payment and report-obligation writes (POST only, so not in the GET matrix), each with an
     * empty body and a tag: the fund's administrators get through to the rules (422, shown as OK here), readers who may
     * not write are refused (403) before the tag or the body is looked at, a payment that is none is not found.
     */
    private static Map<String, Map<Who, Outcome>> moneyWrites() {
        Map<String, Map<Who, Outcome>> writes = new LinkedHashMap<>();
        for (String part : List.of("grant", "grant/amendments", "payments", "report-obligations")) {
            writes.put("api/v1/projects/" + randersProject + "/" + part, row(UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        }
        writes.put("api/v1/payments/999999999/paid", row(UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND));
        return writes;
    }

    @Test
    void theMoneyWritesAnswerEachRoleAsTheyShould() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            moneyWrites().forEach((path, expected) -> {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(dk.pulje.it.support.Urls.base() + path))
                        .header("Content-Type", "application/json").header("If-Match", path.contains("/grant") ? "\"0.0\"" : "\"0\"")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
                if (who != Who.ANONYMOUS) {
                    request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (username(who) + ":" + DemoUser.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                try {
                    HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                            HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
                    // 422: through to the rules (the empty body lacks what a write needs), so allowed; nothing is written.
                    Outcome actual = response.statusCode() == 422 ? OK : outcome(response);
                    if (actual != expected.get(who)) {
                        wrong.add(who + " POST " + path + ": expected " + expected.get(who) + " but got " + actual
                                + " (" + response.statusCode() + ")");
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertEquals(List.of(), wrong);
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

    /**
     * Issue 13: a token carries its user's roles and scope, never more: every endpoint answers a (read-only) token of
     * each role exactly as it answers that user's HTTP Basic.
     */
    @Test
    void everyEndpointAnswersATokenAsItAnswersItsUser() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                continue;
            }
            dk.pulje.it.support.TokenClient client = dk.pulje.it.support.TokenClient.bearer(
                    dk.pulje.it.support.TestTokens.readOnly(username(who)));
            endpoints().forEach((path, expected) -> check(wrong, who, "token " + path, expected.get(who), client.get(path)));
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Issue 13: {@code POST /api/v1/me/tokens} (with the password) and {@code DELETE /api/v1/me/tokens/{id}} for every
     * role: each makes and revokes its own; the admin's token is not found for anyone else and survives their attempt.
     */
    @Test
    void theTokenWritesAnswerEachRoleAsTheyShould() {
        List<String> wrong = new ArrayList<>();
        long victim = dk.pulje.it.support.TestTokens.id(dk.pulje.it.support.TestTokens.create("admin"));
        for (Who who : Who.values()) {
            dk.pulje.it.support.TokenClient client = who == Who.ANONYMOUS ? dk.pulje.it.support.TokenClient.anonymous()
                    : dk.pulje.it.support.TokenClient.basic(username(who), DemoUser.PASSWORD);
            HttpResponse<String> created = client.post("api/v1/me/tokens", "{\"name\":\"matrix\"}");
            expectStatus(wrong, who + " POST me/tokens", who == Who.ANONYMOUS ? 401 : 201, created);
            if (who != Who.ANONYMOUS) {
                long own = Long.parseLong(created.body().replaceAll("(?s).*\"details\":\\{[^}]*\"id\":(\\d+).*", "$1"));
                expectStatus(wrong, who + " DELETE own token", 204, client.delete("api/v1/me/tokens/" + own));
            }
            if (who != Who.ADMIN) {
                expectStatus(wrong, who + " DELETE admin's token", who == Who.ANONYMOUS ? 401 : 404,
                        client.delete("api/v1/me/tokens/" + victim));
            }
        }
        expectStatus(wrong, "the admin's token after the others tried", 200,
                dk.pulje.it.support.TokenClient.basic("admin", DemoUser.PASSWORD).get("api/v1/me/tokens/" + victim));
        assertEquals(List.of(), wrong);
    }

    private static void expectStatus(List<String> wrong, String what, int expected, HttpResponse<String> response) {
        if (response.statusCode() != expected) {
            wrong.add(what + ": expected " + expected + " but got " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * Issue 14: health and metrics are served on the management interface only. On the public port they are not
     * found, for anyone: at the server's root and under /pulje (where a signed-in user meets no such page either).
     */
    @Test
    void healthAndMetricsAreNotOnThePublicPort() throws Exception {
        String root = dk.pulje.it.support.Urls.base().replaceAll("/pulje/$", "");
        List<String> wrong = new ArrayList<>();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/health", "/health/live", "/health/ready", "/health/started", "/metrics", "/prometheus")) {
            for (String authorization : new String[] {null, "Basic " + java.util.Base64.getEncoder().encodeToString(
                    ("admin:" + DemoUser.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))}) {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 404) {
                    wrong.add(path + (authorization == null ? " anonymous" : " admin") + ": " + status);
                }
            }
            HttpResponse<String> underPulje = WebClient.loggedIn("sysadmin", DemoUser.PASSWORD).get(path.substring(1));
            if (underPulje.statusCode() != 404) {
                wrong.add("/pulje" + path + " sysadmin: " + underPulje.statusCode());
            }
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
        Set<String> inMatrix = Stream.concat(endpoints().keySet().stream(), moneyWrites().keySet().stream())
                .map(p -> p.replaceAll("\\?.*", "").replaceAll("/\\d+(?=/|$)", "/{id}"))
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
            case 200, 201 -> OK;
            case 302, 303 -> response.headers().firstValue("Location").orElse("").contains("login.xhtml") ? LOGIN : OK;
            case 400 -> BAD_REQUEST;
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

package dk.pulje.it.security;

import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.application.security.UserSummary;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server, with real HTTP sessions against it: passwords with æ, ø and å, sessions that end when the
 * password changes, callers with an empty scope, and links between projects of different organisations (issue 8).
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.SYSADMIN)
class SessionsAndScopesIT {

    private static final String DANISH_PASSWORD = "Kaffekop-Vindmølle-Rugbrød-9";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(SessionsAndScopesIT.class, TestData.class, WebClient.class, Urls.class);
    }

    @Inject
    UserAdminService admin;

    @Inject
    ProjectService projects;

    @Inject
    ProjectDetailService details;

    @Inject
    OrganisationService organisations;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void aPasswordWithDanishLettersLogsInThroughTheForm() {
        String username = newUser(Set.of(Role.APPLICANT), DANISH_PASSWORD);
        HttpResponse<String> login = WebClient.anonymous().login(username, DANISH_PASSWORD);
        assertEquals(302, login.statusCode(), "the form post names no charset; Pulje reads it as UTF-8");
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/my/projects.xhtml"), "an applicant lands on Mine projekter");
    }

    @Test
    void changingOnesPasswordEndsEveryOtherSessionAndKeepsThisOneUnderANewId() {
        String username = newUser(Set.of(Role.APPLICANT), DANISH_PASSWORD);
        WebClient here = WebClient.loggedIn(username, DANISH_PASSWORD);
        WebClient elsewhere = WebClient.loggedIn(username, DANISH_PASSWORD);
        String before = here.sessionId().orElseThrow();

        HttpResponse<String> page = here.get("account/password.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "password:change");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "password");
        form.put("password:change", "password:change");
        form.put("password", "password");
        form.put("password:current", DANISH_PASSWORD);
        form.put("password:replacement", "En ny sætning med æbler og øl");
        form.put("password:repeated", "En ny sætning med æbler og øl");
        form.put("jakarta.faces.ViewState", WebClient.viewStateOf(page.body()));
        form.put("primefaces.nonce", WebClient.nonceOf(page.body()));
        HttpResponse<String> changed = here.post("account/password.xhtml", form);
        assertTrue(changed.body().contains("Din adgangskode er skiftet."), changed.body());

        assertNotEquals(before, here.sessionId().orElseThrow(), "this session goes on under a new id");
        assertEquals(200, here.get("index.xhtml").statusCode(), "and keeps working");
        assertEquals(true, sentToLogin(elsewhere.get("index.xhtml")),
                "the other session ended");
        WebClient.loggedIn(username, "En ny sætning med æbler og øl");
    }

    @Test
    void anAdministratorsResetEndsTheUsersSessions() {
        String username = newUser(Set.of(Role.APPLICANT), DANISH_PASSWORD);
        WebClient session = WebClient.loggedIn(username, DANISH_PASSWORD);
        assertEquals(200, session.get("index.xhtml").statusCode());
        UserSummary user = admin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        admin.resetPassword(user.id(), user.version(), "Et nyt kodeord fra administratoren".toCharArray());
        assertEquals(true, sentToLogin(session.get("index.xhtml")));
    }

    @Test
    void everyRoleWithAnEmptyScopeGetsEmptyListsAndNotFoundNeverAnError() {
        long someProject = DemoUser.ADMIN.call0(() -> TestData.project(projects, null, TestData.unique("Tomt omfang")));
        for (Role role : List.of(Role.FUND_ADMIN, Role.APPLICANT, Role.REGIONAL_STAFF)) {
            String username = newUser(Set.of(role), DANISH_PASSWORD);
            WebClient page = WebClient.loggedIn(username, DANISH_PASSWORD);
            WebClient api = WebClient.basic(username, DANISH_PASSWORD);
            assertEquals(200, page.get("index.xhtml").statusCode(), role + " start page");
            assertEquals(200, page.get("projects/list.xhtml").statusCode(), role + " list");
            assertEquals(404, page.get("projects/view.xhtml?id=" + someProject).statusCode(), role + " project page");
            HttpResponse<String> list = api.get("api/projects");
            assertEquals(200, list.statusCode(), role + " API list");
            assertEquals("[]", list.body().strip(), role + " sees nothing");
            assertEquals(404, api.get("api/projects/" + someProject).statusCode(), role + " API id");
        }
    }

    @Test
    void linksToProjectsOfAnotherOrganisationAreNotShown() throws Exception {
        long randers = organisations.findByNameOrAlias("Randers Bibliotek").orElseThrow().id();
        long aarhus = organisations.findByNameOrAlias("Aarhus Kommunes Biblioteker").orElseThrow().id();
        long fund = TestData.testFundId();
        long maturation = DemoUser.ADMIN.call0(() -> projects.create(new NewProject(fund, null, TestData.unique("Randers modner"),
                ProjectType.MATURATION, ProjectStatus.UNDER_REVIEW, randers, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "Randers", Money.dkk("100000"))));
        long followUp = DemoUser.ADMIN.call0(() -> projects.create(new NewProject(fund, null, TestData.unique("Aarhus fortsætter"),
                ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW, aarhus, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "Aarhus", Money.dkk("1000000"))));
        transaction.begin();
        em.createNativeQuery("update project set follow_up_id = ?1 where id = ?2")
                .setParameter(1, followUp).setParameter(2, maturation).executeUpdate();
        transaction.commit();

        ProjectDetail byAdmin = DemoUser.ADMIN.call0(() -> details.detail(maturation).orElseThrow());
        assertEquals(followUp, byAdmin.followUp().id(), "the administrator of the fund sees the link");
        ProjectDetail byRanders = DemoUser.RANDERS.call0(() -> details.detail(maturation).orElseThrow());
        assertNull(byRanders.followUp(), "Randers may not read Aarhus's project, so not its title either");
        ProjectDetail byAarhus = DemoUser.AARHUS.call0(() -> details.detail(followUp).orElseThrow());
        assertEquals(List.of(), byAarhus.preparedBy(), "nor Aarhus Randers's");
    }

    private static boolean sentToLogin(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    private String newUser(Set<Role> roles, String password) {
        String username = "s-" + Long.toString(System.nanoTime(), 36);
        admin.create(new NewUser(username, "Test Bruger", null, password.toCharArray(), roles, Set.of(), Set.of(), Set.of()));
        return username;
    }
}

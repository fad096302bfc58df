package dk.pulje.it.security;

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
    }

    /** Pages: path → who gets what. Anonymous visitors are sent to the login page. */
    private static Map<String, Map<Who, Outcome>> pages() {
        Map<String, Map<Who, Outcome>> pages = new LinkedHashMap<>();
        pages.put("index.xhtml", row(LOGIN, OK, OK, OK, OK));
        pages.put("projects/list.xhtml", row(LOGIN, OK, OK, OK, FORBIDDEN));
        pages.put("projects/view.xhtml?id=" + randersProject, row(LOGIN, OK, OK, OK, FORBIDDEN));
        // Randers reading Aarhus's project by id: nothing, as if it did not exist.
        pages.put("projects/view.xhtml?id=" + aarhusProject, row(LOGIN, OK, NOT_FOUND, OK, FORBIDDEN));
        pages.put("admin/users.xhtml", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("admin/security-log.xhtml", row(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        pages.put("account/password.xhtml", row(LOGIN, OK, OK, OK, OK));
        pages.put("login.xhtml", row(OK, OK, OK, OK, OK));
        pages.put("error.xhtml", row(OK, OK, OK, OK, OK));
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
        Set<String> inMatrix = endpoints().keySet().stream().map(p -> p.replaceAll("/\\d+$", "/{id}"))
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

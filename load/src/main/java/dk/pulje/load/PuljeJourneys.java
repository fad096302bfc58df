package dk.pulje.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The three roles' journeys of issue 14's load test, as people do them in a browser (form login, pages, a JSF ajax
 * post with its ViewState) and, for the administrators' edits, through the API with If-Match. Every user logs in once
 * and then repeats its journey for the plan's duration with a think time between requests. Any answer but the
 * expected one counts as an error: redirects are not followed (a lost session would show as a 302 to the login page),
 * pages must be 200 without an error message, the draft must be saved, the edit accepted.
 */
public class PuljeJourneys extends Simulation {

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "nonce=\"([^\"]+)\"";
    private static final List<String> TITLE_WORDS = List.of("grøn", "læsning", "trivsel", "4711", "AI");

    private final LoadPlan plan = LoadPlan.current();
    private final AtomicInteger applicantSlots = new AtomicInteger();

    {
        HttpProtocolBuilder protocol = http.baseUrl(plan.url())
                .acceptLanguageHeader("da")
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .userAgentHeader("pulje-load (Gatling)")
                .disableFollowRedirect();
        Duration ramp = plan.duration().compareTo(Duration.ofSeconds(100)) < 0 ? plan.duration().dividedBy(10) : Duration.ofSeconds(10);
        List<PopulationBuilder> populations = List.of(
                administrator().injectOpen(rampUsers(plan.administrators()).during(ramp)),
                applicant().injectOpen(rampUsers(plan.applicants()).during(ramp)),
                regionalStaff().injectOpen(rampUsers(plan.regionalStaff()).during(ramp)));
        setUp(populations).protocols(protocol)
                // Bounded in time whatever happens: the journeys, the ramp, and a minute for the last requests.
                .maxDuration(plan.duration().plus(ramp).plusSeconds(60));
    }

    /** Project list (first page, a later page, a filter), a project's page, then an edit through the API. */
    private ScenarioBuilder administrator() {
        ChainBuilder journey = exec(session -> session
                .set("project", pick(plan.projectIds()))
                .set("page", ThreadLocalRandom.current().nextInt(2, 41))
                .set("word", pick(TITLE_WORDS))
                .set("fund", pick(plan.fundIds())))
                .exec(page("admin: project list", "projects/list.xhtml")).exec(think())
                .exec(page("admin: project list, a later page", "projects/list.xhtml?page=#{page}")).exec(think())
                .exec(page("admin: project list, title filter in one fund", "projects/list.xhtml?q=#{word}&fund=#{fund}")).exec(think())
                .exec(page("admin: project page", "projects/view.xhtml?id=#{project}")).exec(think())
                .exec(http("admin: API read before edit").get("api/v1/projects/#{project}")
                        .header("Authorization", "Bearer " + plan.adminToken()).header("Accept", "application/json")
                        .check(status().is(200), header("ETag").saveAs("etag")))
                .exec(http("admin: API edit (PATCH, If-Match)").patch("api/v1/projects/#{project}")
                        .header("Authorization", "Bearer " + plan.adminToken()).header("Accept", "application/json")
                        .header("If-Match", "#{etag}").header("Content-Type", "application/merge-patch+json")
                        .body(StringBody(session -> "{\"description\":\"Belastningsprøve " + System.nanoTime() + "\"}"))
                        .check(status().is(200)))
                .exec(think());
        return scenario("administrator").exec(login("bench-admin")).exec(think()).exec(during(plan.duration()).on(journey));
    }

    /** My projects, a report of one's own, then a draft saved (the page's ajax post, ViewState and all). */
    private ScenarioBuilder applicant() {
        int applicants = plan.applicants();
        ChainBuilder journey = exec(session -> session.set("report", ownReport(session.getInt("slot"), applicants)))
                .exec(page("applicant: my projects", "my/projects.xhtml")).exec(think())
                .exec(http("applicant: open report").get("reports/edit.xhtml?id=#{report}")
                        .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce"),
                                css("form#report", "action").saveAs("action"),
                                css("textarea[name^='report:sections:']", "name").saveAs("section")))
                .exec(think())
                // The form's action is a path from the server's root (/pulje/reports/edit.xhtml?id=…).
                .exec(http("applicant: save draft (JSF ajax)").post(origin() + "#{action}")
                        .header("Faces-Request", "partial/ajax")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "report:saveDraft")
                        .formParam("jakarta.faces.partial.execute", "report")
                        .formParam("jakarta.faces.partial.render", "report summary")
                        .formParam("report:saveDraft", "report:saveDraft")
                        .formParam("report", "report")
                        .formParam("#{section}", session -> "Status fra belastningsprøven, " + System.nanoTime() + ".")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), substring("pulje-message-info"), substring("pulje-message-error").notExists()))
                .exec(think());
        return scenario("applicant")
                .exec(session -> session.set("slot", applicantSlots.getAndIncrement()))
                .exec(login("bench-applicant")).exec(think()).exec(during(plan.duration()).on(journey));
    }

    /** The start page's round cards and the dashboards over five funds. */
    private ScenarioBuilder regionalStaff() {
        ChainBuilder journey = exec(page("region: start page", "index.xhtml")).exec(think())
                .exec(page("region: dashboards", "dashboards/index.xhtml")).exec(think())
                .exec(page("region: round dashboard", "dashboards/round.xhtml")).exec(think())
                .exec(page("region: distribution", "dashboards/distribution.xhtml")).exec(think())
                .exec(page("region: money", "dashboards/money.xhtml")).exec(think())
                .exec(page("region: organisations", "dashboards/organisations.xhtml")).exec(think());
        return scenario("regional staff").exec(login("bench-region")).exec(think()).exec(during(plan.duration()).on(journey));
    }

    /** The real login form: its ViewState and CSP nonce, then the post that answers 302 to the start page. */
    private ChainBuilder login(String username) {
        return exec(http("login page").get("login.xhtml")
                .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce")))
                .exec(http("login").post("login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", username)
                        .formParam("login:password", plan.password())
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(302)));
    }

    /** A page read as a browser would: 200, a heading, no error message. */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), css("h1").exists(), substring("pulje-message-error").notExists());
    }

    private ChainBuilder think() {
        return plan.thinkMax().isZero() ? exec(session -> session)
                : exec(io.gatling.javaapi.core.CoreDsl.pause(plan.thinkMin(), plan.thinkMax()));
    }

    /** A random report among this applicant user's share (report index ≡ slot modulo the number of applicants). */
    private Long ownReport(int slot, int applicants) {
        List<Long> reports = plan.reportIds();
        int own = slot % applicants;
        int count = (reports.size() - own + applicants - 1) / applicants;
        if (count <= 0) {
            throw new IllegalStateException("no report for applicant user " + slot + " (" + reports.size() + " reports)");
        }
        return reports.get(own + applicants * ThreadLocalRandom.current().nextInt(count));
    }

    /** scheme://host:port of Pulje's address. */
    private String origin() {
        java.net.URI uri = java.net.URI.create(plan.url());
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}

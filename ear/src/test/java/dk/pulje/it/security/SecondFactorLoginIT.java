package dk.pulje.it.security;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SecondFactors;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.TotpCodes;
import dk.pulje.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login of a user with a second factor over HTTP (issue 13): the password alone opens nothing, the code step
 * logs in under a new session id, the code step without the password step does nothing, and HTTP Basic is refused
 * with a problem that says to use a token.
 */
@PuljeIntegrationTest
@RunAsClient
class SecondFactorLoginIT {

    private static final String PASSWORD = "Lange sætninger er gode kodeord";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void thePasswordAloneOpensNothingTheCodeLogsInUnderANewSessionId() {
        String username = TestUsers.create("mfa-http", PASSWORD, "APPLICANT");
        SecondFactors.enrol(username);
        WebClient client = WebClient.anonymous();

        HttpResponse<String> password = client.login(username, PASSWORD);
        assertEquals(302, password.statusCode());
        assertTrue(password.headers().firstValue("Location").orElse("").contains("/pulje/login-code.xhtml"),
                password.headers().firstValue("Location").orElse(""));
        String pendingSession = client.sessionId().orElseThrow();
        HttpResponse<String> stillOut = client.get("my/projects.xhtml");
        assertEquals(302, stillOut.statusCode());
        assertTrue(stillOut.headers().firstValue("Location").orElse("").contains("login.xhtml"), "not logged in yet");

        HttpResponse<String> code = postCode(client, TotpCodes.now(SecondFactors.SECRET));
        assertEquals(302, code.statusCode(), code.body());
        assertFalse(code.headers().firstValue("Location").orElse("").contains("login"), "logged in");
        assertNotEquals(pendingSession, client.sessionId().orElseThrow(), "a new session id after the code");
        assertEquals(200, client.get("my/projects.xhtml").statusCode());
        assertEquals(1, SecondFactors.events(username, "LOGIN_SUCCEEDED", "security.detail.passwordThenCode"));
        assertEquals(1, SecondFactors.events(username, "LOGIN_SUCCEEDED", "security.detail.secondFactorAtLogin"));
    }

    @Test
    void aCodeWithoutThePasswordStepLogsNobodyIn() {
        WebClient client = WebClient.anonymous();
        HttpResponse<String> code = postCode(client, "123456");
        assertEquals(302, code.statusCode());
        assertTrue(code.headers().firstValue("Location").orElse("").contains("/pulje/login.xhtml"), "back to the start");
        assertTrue(client.get("my/projects.xhtml").headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void httpBasicIsRefusedForAUserWithASecondFactorWithAProblemThatNamesTokens() {
        String username = TestUsers.create("mfa-basic", PASSWORD, "APPLICANT");
        assertEquals(200, WebClient.basic(username, PASSWORD).get("api/projects").statusCode(), "without a factor: fine");
        SecondFactors.enrol(username);

        HttpResponse<String> refused = WebClient.basic(username, PASSWORD).get("api/projects");
        assertEquals(401, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(refused.body().contains("\"status\":401") && refused.body().contains("Bearer"), refused.body());
        assertTrue(refused.body().contains("API-token"), "Danish by default: " + refused.body());
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "no cookie from the API");
    }

    /** Posts the second step's form as the browser would. */
    private static HttpResponse<String> postCode(WebClient client, String code) {
        String page = client.get("login-code.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", "code");
        form.put("code:next", "");
        form.put("code:value", code);
        form.put("code:submit", "");
        form.put("jakarta.faces.ViewState", WebClient.viewStateOf(page));
        form.put("primefaces.nonce", WebClient.nonceOf(page));
        return client.post("login-code.xhtml", form);
    }
}

package dk.pulje.it.reminder;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language a person switches Pulje to is remembered with their account (reminder e-mails are written in it):
 * Danish until they switch, their own account only, and not before they have logged in.
 */
@PuljeIntegrationTest
@RunAsClient
class LanguagePreferenceIT {

    private static final String PASSWORD = "Sprogvalg-huskes-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void switchingLanguageIsRememberedForTheSignedInUserOnly() throws Exception {
        String switcher = TestUsers.create("sprog", PASSWORD, "APPLICANT");
        String bystander = TestUsers.create("sprog-tilskuer", PASSWORD, "APPLICANT");
        assertEquals("da", preferredLanguage(switcher), "Danish by default");

        WebClient anonymous = WebClient.anonymous();
        anonymous.get("login.xhtml?lang=en");
        WebClient client = WebClient.loggedIn(switcher, PASSWORD);
        assertEquals("da", preferredLanguage(switcher), "a switch before login belongs to no account");

        assertEquals(200, client.get("index.xhtml?lang=en").statusCode());
        assertEquals("en", preferredLanguage(switcher));
        assertEquals("da", preferredLanguage(bystander));

        client.get("index.xhtml?lang=xx");
        assertEquals("en", preferredLanguage(switcher), "a language Pulje does not speak changes nothing");

        client.get("index.xhtml?lang=da");
        assertEquals("da", preferredLanguage(switcher));
    }

    @Test
    void theStoredLanguageGreetsThePersonAtTheirNextLogin() throws Exception {
        String person = TestUsers.create("sprog-igen", PASSWORD, "APPLICANT");
        WebClient first = WebClient.loggedIn(person, PASSWORD);
        assertTrue(first.get("my/projects.xhtml").body().contains("lang=\"da\""), "Danish until they switch");
        first.get("my/projects.xhtml?lang=en");
        first.logout();

        // Another session (another day, another machine): English from the first page, without ?lang.
        WebClient next = WebClient.anonymous();
        assertEquals(302, next.loginInStoredLanguage(person, PASSWORD).statusCode());
        assertTrue(next.get("my/projects.xhtml").body().contains("lang=\"en\""), "the stored choice is applied at login");

        // A choice made on the login page itself wins over the stored one, and is what is stored.
        WebClient third = WebClient.anonymous();
        third.get("login.xhtml?lang=da");
        third.login(person, PASSWORD);
        assertTrue(third.get("my/projects.xhtml").body().contains("lang=\"da\""));
        assertEquals("da", preferredLanguage(person));
    }

    private static String preferredLanguage(String username) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement query = db.prepareStatement("select preferred_language from user_account where username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}

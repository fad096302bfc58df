package dk.pulje.it.attachment;

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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The download over HTTP, as a browser gets it: always a download, never a page (headers), the very bytes stored
 * (sha256); for those who read the report's project only, and a plain 404 for everyone else, whatever the id.
 */
@PuljeIntegrationTest
@RunAsClient
class AttachmentDownloadIT {

    private static AttachmentData.Fixture randers;
    private static long[] foreign;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void data() {
        randers = AttachmentData.randersReport("Bilag over HTTP", "DUE");
        foreign = AttachmentData.foreignReport();
    }

    @Test
    void theOwnerDownloadsTheStoredBytesAsAnAttachmentThatIsNeverShownAsAPage() {
        HttpResponse<byte[]> response = WebClient.loggedIn("randers", DemoUser.PASSWORD).getBytes(path(randers.attachmentId()));
        assertEquals(200, response.statusCode());
        assertArrayEquals(AttachmentData.content(), response.body());
        assertEquals(AttachmentData.sha256(AttachmentData.content()), AttachmentData.sha256(response.body()));
        var headers = response.headers();
        assertEquals("application/pdf", headers.firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"_rsrapport for _r_.pdf\"; filename*=UTF-8''%C3%85rsrapport%20for%20%C3%86r%C3%B8.pdf",
                headers.firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("private, no-store", headers.firstValue("Cache-Control").orElseThrow());
        assertTrue(headers.allValues("Content-Security-Policy").contains("sandbox; default-src 'none'"), headers.map().toString());
        assertEquals(String.valueOf(AttachmentData.content().length), headers.firstValue("Content-Length").orElseThrow());
        assertTrue(headers.firstValue("Set-Cookie").isEmpty(), "no new session for a download");
    }

    @Test
    void thePartnersApplicantAndTheFundReadIt() {
        for (String user : List.of(randers.partnerUser(), "admin")) {
            HttpResponse<byte[]> response = WebClient.loggedIn(user, DemoUser.PASSWORD).getBytes(path(randers.attachmentId()));
            assertEquals(200, response.statusCode(), user);
            assertArrayEquals(AttachmentData.content(), response.body(), user);
        }
    }

    @Test
    void everyoneElseGetsThePlain404OfAnIdThatDoesNotExist() {
        String mixed = TestUsers.create("mixed", DemoUser.PASSWORD, Map.of("FUND_ADMIN", List.of("Uddannelsespuljen"),
                "REGIONAL_STAFF", List.of("Udviklingspuljen")));
        for (String user : List.of("aarhus", "region", mixed)) {
            WebClient client = WebClient.loggedIn(user, DemoUser.PASSWORD);
            HttpResponse<byte[]> forged = client.getBytes(path(randers.attachmentId()));
            HttpResponse<byte[]> missing = client.getBytes(path(999_999_999L));
            assertEquals(404, forged.statusCode(), user + " with another organisation's or fund's id");
            assertEquals(404, missing.statusCode());
            assertEquals(stripped(missing.body()), stripped(forged.body()), "the same answer: " + user);
            assertFalse(new String(forged.body()).contains("Ærø"), "nothing of the file");
        }
        for (String user : List.of("admin", "randers", "aarhus", "region")) {
            assertEquals(404, WebClient.loggedIn(user, DemoUser.PASSWORD).getBytes(path(foreign[1])).statusCode(),
                    user + " with the id of an attachment in a fund nobody administers");
        }
    }

    @Test
    void anIdThatIsNoNumberFindsNothingAndOtherVerbsAreRefused() {
        WebClient client = WebClient.loggedIn("randers", DemoUser.PASSWORD);
        for (String id : List.of("x", "-1", "1.5", randers.attachmentId() + "/x", "", "%2e%2e%2f" + randers.attachmentId())) {
            assertEquals(404, client.getBytes("files/attachment/" + id).statusCode(), id);
        }
        assertEquals(403, WebClient.loggedIn("sysadmin", DemoUser.PASSWORD).getBytes(path(randers.attachmentId())).statusCode(),
                "the system administrator reads no project content");
        HttpResponse<byte[]> anonymous = WebClient.anonymous().getBytes(path(randers.attachmentId()));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertEquals(405, client.post(path(randers.attachmentId()), Map.of()).statusCode(), "a download is only read");
    }

    /** The error page without what differs per request (nonces, the view state, ids, incident numbers). */
    private static String stripped(byte[] page) {
        return new String(page, java.nio.charset.StandardCharsets.UTF_8).replaceAll("nonce=\"[^\"]*\"", "")
                .replaceAll("(ViewState[^>]*value=)\"[^\"]*\"", "$1")
                .replaceAll("csp\\.init\\('[^']*'\\)", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "").replaceAll("\\d{6,}", "");
    }

    private static String path(long id) {
        return "files/attachment/" + id;
    }
}

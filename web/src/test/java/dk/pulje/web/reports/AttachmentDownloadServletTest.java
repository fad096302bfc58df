package dk.pulje.web.reports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AttachmentDownloadServletTest {

    @Test
    void theRealNameTravelsInUtf8AndOldClientsGetAnAsciiOne() {
        assertEquals("attachment; filename=\"_rsrapport for _r_.pdf\"; filename*=UTF-8''%C3%85rsrapport%20for%20%C3%86r%C3%B8.pdf",
                AttachmentDownloadServlet.contentDisposition("Årsrapport for Ærø.pdf"));
    }

    @Test
    void nothingInANameCanEndTheHeaderOrItsQuotedName() {
        String header = AttachmentDownloadServlet.contentDisposition("a\"b\\c;\r\nSet-Cookie: x=1.pdf");
        assertEquals("attachment; filename=\"a_b_c;__Set-Cookie: x=1.pdf\"; filename*=UTF-8''a%22b%5Cc%3B%0D%0ASet-Cookie%3A%20x%3D1.pdf",
                header);
    }

    @Test
    void onlyAPlainNumberIsAnId() {
        assertEquals(42L, AttachmentDownloadServlet.parse("/42"));
        assertNull(AttachmentDownloadServlet.parse(null));
        assertNull(AttachmentDownloadServlet.parse("/"));
        assertNull(AttachmentDownloadServlet.parse("/-1"));
        assertNull(AttachmentDownloadServlet.parse("/42/x"));
        assertNull(AttachmentDownloadServlet.parse("/4 2"));
        assertNull(AttachmentDownloadServlet.parse("/1234567890123456789"));
    }
}

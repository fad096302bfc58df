package dk.pulje.web.api.v1.support;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorTest {

    @Test
    void aCursorReadsBackAsWritten() {
        Cursor cursor = new Cursor("title", false, 4711, "æbler: 50%_x\nnæste linje");
        assertEquals(cursor, Cursor.parse(cursor.encode()));
    }

    @Test
    void aRowWithoutKeyIsRememberedAsNoKeyNotAsEmptyText() {
        assertEquals(null, Cursor.parse(new Cursor("granted", true, 7, null).encode()).key());
        assertEquals("", Cursor.parse(new Cursor("town", true, 7, "").encode()).key());
    }

    @Test
    void theCursorIsUrlSafe() {
        String encoded = new Cursor("title", true, 1, "???>>>~~~").encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void anythingElseIsABadRequest() {
        for (String forged : new String[]{"", "%%%", "not base64!", b64("1\ntitle\na\n12"), b64("2\ntitle\na\n12\n-"),
                b64("1\ntitle\nx\n12\n-"), b64("1\ntitle\na\ntwelve\n-"), b64("1\ntitle\na\n12\nkey"),
                b64("1\n\na\n12\n-"), "A".repeat(5000)}) {
            assertThrows(IllegalArgumentException.class, () -> Cursor.parse(forged), forged);
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

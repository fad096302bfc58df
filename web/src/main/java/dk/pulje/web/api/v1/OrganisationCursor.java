package dk.pulje.web.api.v1;

import jakarta.ws.rs.BadRequestException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of organisations ends: the last row's name and id, as an opaque token (base64url) that the client only
 * hands back. A token that does not decode is 400.
 */
record OrganisationCursor(String name, long id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    static OrganisationCursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new OrganisationCursor(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadRequestException();
        }
    }
}

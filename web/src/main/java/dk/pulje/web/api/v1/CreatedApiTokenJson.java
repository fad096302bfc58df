package dk.pulje.web.api.v1;

import dk.pulje.application.security.CreatedApiToken;

import java.time.Instant;

/** The answer to {@code POST /api/v1/me/tokens}: the token's text, the only time it is ever shown, and the token. */
public record CreatedApiTokenJson(String token, ApiTokenJson details) {

    static CreatedApiTokenJson of(CreatedApiToken created, Instant now) {
        return new CreatedApiTokenJson(created.token(), ApiTokenJson.of(created.view(), now));
    }
}

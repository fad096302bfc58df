package dk.pulje.web.api.v1;

import dk.pulje.application.security.ApiTokenService;
import dk.pulje.application.security.NewApiToken;
import dk.pulje.application.security.TokenCaller;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.Problem;
import dk.pulje.web.security.PuljeAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The caller's own things (every role): {@code GET /api/v1/me}, and personal API tokens: {@code GET /api/v1/me/tokens}
 * and {@code …/tokens/{id}},
 * {@code POST /api/v1/me/tokens} (answers the token once), {@code DELETE /api/v1/me/tokens/{id}} (another user's or an
 * unknown id: 404). A request authenticated with a token cannot create a token (403): creating needs the password
 * (HTTP Basic) or the account page, so a stolen token cannot make itself a successor that outlives its revocation.
 */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    public MeJson me() {
        TokenCaller token = (TokenCaller) request.getAttribute(PuljeAuthenticationMechanism.TOKEN);
        String username = security.getUserPrincipal().getName();
        List<String> roles = java.util.Arrays.stream(dk.pulje.domain.model.account.Role.values())
                .filter(r -> security.isUserInRole(r.name())).map(Enum::name).toList();
        return token == null ? new MeJson(username, null, roles, null, null)
                : new MeJson(username, token.user().displayName(), roles, token.tokenPrefix(), token.readOnly());
    }

    @GET
    @Path("/tokens")
    public List<ApiTokenJson> list() {
        Instant now = clock.instant();
        return tokens.mine().stream().map(v -> ApiTokenJson.of(v, now)).toList();
    }

    @GET
    @Path("/tokens/{id}")
    public ApiTokenJson one(@PathParam("id") String id) {
        long tokenId = idOrNotFound(id);
        Instant now = clock.instant();
        return tokens.mine().stream().filter(t -> t.id() == tokenId).findFirst()
                .map(v -> ApiTokenJson.of(v, now)).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewApiTokenJson body) {
        if (request.getAttribute(PuljeAuthenticationMechanism.TOKEN) != null) {
            return problem(403, "Forbidden", "apiToken.notByToken");
        }
        if (body == null) {
            return problem(400, "Bad Request", "field.required", new dk.pulje.domain.model.shared.MessageKey("field.apiToken.name"));
        }
        Instant expiresAt;
        try {
            expiresAt = expiry(body.expiresAt());
        } catch (DateTimeParseException e) {
            return problem(400, "Bad Request", "apiToken.expiryFormat");
        }
        try {
            var created = tokens.create(new NewApiToken(body.name(), Boolean.TRUE.equals(body.readOnly()), expiresAt),
                    request.getRemoteAddr());
            return Response.status(201).entity(CreatedApiTokenJson.of(created, clock.instant()))
                    .header("Cache-Control", "no-store").build();
        } catch (RuleViolation e) {
            return problem(422, "Unprocessable Content", e.key(), e.arguments());
        }
    }

    @DELETE
    @Path("/tokens/{id}")
    public Response revoke(@PathParam("id") String id) {
        if (!tokens.revokeMine(idOrNotFound(id), request.getRemoteAddr())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static long idOrNotFound(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** A date is valid through that day in Danish time; a date-time must carry its offset. */
    static Instant expiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() == 10) {
            return LocalDate.parse(value).plusDays(1).atStartOfDay(Clocks.DANISH_TIME).toInstant();
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    private Response problem(int status, String title, String key, Object... arguments) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).orElse(Locale.forLanguageTag("da"));
        String detail = ApiMessages.text(key, locale, arguments).replace("\\", "\\\\").replace("\"", "\\\"");
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}").build();
    }
}

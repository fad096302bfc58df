package dk.pulje.web.api.v1.support;

import dk.pulje.application.api.IdempotencyClaim;
import dk.pulje.application.api.IdempotencyService;
import dk.pulje.web.api.ApiLanguage;
import dk.pulje.web.api.Problem;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on the POSTs of API v1 (ADR 0019). Before the resource runs, the key is claimed for the
 * caller with the hash of method, path and body ({@link IdempotencyService}); a repeat of a request that has answered
 * gets the stored answer (status, {@code Location}, {@code ETag}, body) with {@code Idempotent-Replayed: true} and
 * writes nothing; the same key with another body is 422, one whose first request is still running 409. When the write
 * answers 2xx its answer is stored with the key; any other answer gives the key back (nothing was written: the
 * services roll back on every refusal). A POST without the header is not affected.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String ANSWER = IdempotencyFilter.class.getName() + ".answer";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    /** The headers of an answer that a replay repeats. */
    private static final List<String> KEPT = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);

    @EJB
    private IdempotencyService keys;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        Locale locale = ApiLanguage.of(request.getAcceptableLanguages());
        if (!VALID_KEY.matcher(key).matches()) {
            request.abortWith(Problem.of(400).detail(RecordBinder.message("api.idempotency.invalid", locale)).response());
            return;
        }
        byte[] body = BodyLimit.read(request.getEntityStream(), locale);
        request.setEntityStream(new ByteArrayInputStream(body));
        String path = request.getUriInfo().getRequestUri().getRawPath();
        IdempotencyClaim claim = keys.claim(key, "POST", path, hash("POST", path, body));
        switch (claim.outcome()) {
            case CLAIMED -> request.setProperty(CLAIM, claim.claimId());
            case REPLAY -> request.abortWith(replay(claim));
            case IN_PROGRESS -> request.abortWith(
                    Problem.of(409).detail(RecordBinder.message("api.idempotency.inProgress", locale)).response());
            case OTHER_REQUEST -> request.abortWith(
                    Problem.of(422).detail(RecordBinder.message("api.idempotency.otherRequest", locale)).response());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object claim = request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        request.removeProperty(CLAIM);
        long id = (Long) claim;
        int status = response.getStatus();
        if (status < 200 || status > 299) {
            keys.release(id);
            return;
        }
        String headers = headers(response);
        if (response.hasEntity()) {
            request.setProperty(ANSWER, new Answer(id, status, headers)); // stored once the body is written
        } else {
            keys.complete(id, status, headers, null);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object answer = context.getProperty(ANSWER);
        if (!(answer instanceof Answer first)) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWER);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                client.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                client.write(b, off, len);
                copy.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                client.flush();
            }
        });
        context.proceed();
        keys.complete(first.claimId(), first.status(), first.headers(), copy.toString(StandardCharsets.UTF_8));
    }

    private static Response replay(IdempotencyClaim claim) {
        Response.ResponseBuilder answer = Response.status(claim.status()).header(REPLAYED, "true");
        if (claim.headers() != null) {
            JsonObject headers = Json.createReader(new StringReader(claim.headers())).readObject();
            headers.forEach((name, value) -> answer.header(name, headers.getString(name)));
        }
        if (claim.body() != null) {
            answer.entity(claim.body());
        }
        return answer.build();
    }

    private static String headers(ContainerResponseContext response) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        for (String name : KEPT) {
            String value = response.getHeaderString(name);
            if (value != null && !value.isEmpty()) {
                kept.add(name, value);
            }
        }
        if (response.getMediaType() != null && response.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            kept.add(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString());
        }
        return kept.build().toString();
    }

    static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(long claimId, int status, String headers) {
    }
}

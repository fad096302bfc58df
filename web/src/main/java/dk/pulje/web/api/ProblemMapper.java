package dk.pulje.web.api;

import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.Problem.FieldError;
import dk.pulje.web.api.v1.support.FieldRules.FieldViolation;
import dk.pulje.web.support.TryAgain;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API failure as problem details (RFC 9457), in the client's language ({@code Accept-Language}, Danish by
 * default):
 * <ul>
 * <li>a role the service does not allow: 403; a thing that does not exist or is outside the caller's scope: 404;</li>
 * <li>someone else saved after the version in {@code If-Match} ({@code ConcurrentChange}): 412 with {@code changedBy}
 * and {@code changedAt};</li>
 * <li>a broken rule or an invalid field on a write: 422 with {@code errors: [{field, message}]} (the field when the
 * resource knows it, else null); on a read (a too-long search) still a bare 400;</li>
 * <li>JAX-RS's own refusals (404, 405, 406 …) and the request readers' 400/413 keep their status;</li>
 * <li>the database unreachable (DatabaseUnavailable: stopped, crashed, restarting): 503 with Retry-After, "try again".</li>
 * </ul>
 * Expected refusals are not logged at all; anything unexpected is logged once with an incident id, which the answer
 * carries, and nothing else leaves Pulje.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    /** Carries the incident id to the request log line (ops/RequestLogFilter). */
    @Context
    private jakarta.servlet.http.HttpServletRequest servletRequest;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof EJBAccessException) {
            return problem(403, null);
        }
        if (cause instanceof ConcurrentChange change) {
            return concurrentChange(change);
        }
        if (cause instanceof FieldViolation violation) {
            return invalid(List.of(new FieldError(violation.field(), violation.violation().messageIn(locale()))));
        }
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return ValidationProblemMapper.of(invalid, isWrite(), locale());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return WebApplicationProblemMapper.of(web, locale());
        }
        Optional<TryAgain> tryAgain = TryAgain.of(exception);
        if (tryAgain.isPresent()) {
            // Not a bug in the request: the database is away (stopped, crashed, restarting), or PostgreSQL rolled the
            // change back to break a deadlock with another; the same request works in a moment.
            LOG.warning(tryAgain.get() + ", answered 503 (" + exception + ")");
            return Problem.of(503).detail(new RuleViolation(tryAgain.get().apiKey()).messageIn(locale()))
                    .responseBuilder().header("Retry-After", tryAgain.get().retryAfterSeconds()).build();
        }
        String incident = Problem.newIncident();
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, exception);
        remember(incident);
        return problem(500, incident);
    }

    private Response concurrentChange(ConcurrentChange change) {
        String detail = new RuleViolation("api." + change.key(), change.arguments()).messageIn(locale());
        return Problem.of(412).detail(detail)
                .with("changedBy", change.changedBy())
                .with("changedAt", change.changedAt() == null ? null : change.changedAt().toString())
                .response();
    }

    private Response ruleViolation(RuleViolation violation) {
        switch (violation.key()) {
            case "entity.notFound":
                return problem(404, null); // a forged id learns nothing, not even which kind of thing is missing
            case "access.denied":
                return problem(403, null);
            default:
                if (!isWrite()) {
                    return problem(400, null);
                }
                return Problem.of(422).detail(violation.messageIn(locale()))
                        .errors(List.of(new FieldError(null, violation.messageIn(locale())))).response();
        }
    }

    private Response invalid(List<FieldError> errors) {
        return Problem.of(422).detail(new RuleViolation("api.invalid.fields").messageIn(locale())).errors(errors)
                .response();
    }

    private void remember(String incident) {
        try {
            servletRequest.setAttribute(dk.pulje.web.support.ErrorDispatchServlet.INCIDENT, incident);
        } catch (RuntimeException outsideRequest) {
            // no servlet request (a unit test): the answer still carries the id
        }
    }

    boolean isWrite() {
        try {
            String method = request.getMethod();
            return !("GET".equals(method) || "HEAD".equals(method));
        } catch (RuntimeException outsideRequest) {
            return false;
        }
    }

    private Locale locale() {
        return ApiLanguage.of(headers);
    }

    private static Response problem(int status, String incident) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.json(status, incident)).build();
    }
}

package dk.pulje.web.api;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.v1.support.ProblemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JAX-RS's own refusals (404 for an unknown path or id, 405, 406 …) as problem details; the runtime would otherwise
 * answer them with an empty body. The most specific mapper wins, so this one, not {@link ProblemMapper}, sees them.
 * A refusal that already carries its problem details ({@link ProblemException}) is passed on as it is; a missing or
 * unusable {@code If-Match} (428, 412) says what to send.
 */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationProblemMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        return of(exception, ApiLanguage.of(headers));
    }

    static Response of(WebApplicationException exception, Locale locale) {
        if (exception instanceof ProblemException) {
            return exception.getResponse();
        }
        int status = exception.getResponse().getStatus();
        String incident = null;
        if (status >= 500) {
            incident = Problem.newIncident();
            LOG.log(Level.SEVERE, "API request failed, incident " + incident, exception);
        }
        Problem problem = Problem.of(status).instance(incident == null ? null : "urn:pulje:incident:" + incident);
        if (status == 428) {
            problem.detail(new RuleViolation("api.ifMatch.required").messageIn(locale));
        } else if (status == 412) {
            problem.detail(new RuleViolation("api.ifMatch.invalid").messageIn(locale));
        }
        Response.ResponseBuilder answer = problem.responseBuilder();
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}

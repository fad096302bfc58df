package dk.pulje.web.api;

import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API failure as problem details (RFC 9457): a role the service does not allow is 403, a broken rule 400,
 * JAX-RS's own refusals (404, 405, 406 …) keep their status. Expected refusals are not logged at all; anything
 * unexpected is logged once with an incident id, which the answer carries, and nothing else leaves Pulje.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof EJBAccessException) {
            return problem(403, null);
        }
        if (cause instanceof RuleViolation || cause instanceof jakarta.validation.ConstraintViolationException) {
            return problem(400, null); // a broken rule or a too-long search: nothing of the input is echoed
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return WebApplicationProblemMapper.of(web);
        }
        String incident = Problem.newIncident();
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, exception);
        return problem(500, incident);
    }

    private static Response problem(int status, String incident) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.json(status, incident)).build();
    }
}

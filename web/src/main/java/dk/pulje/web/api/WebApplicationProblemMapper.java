package dk.pulje.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JAX-RS's own refusals (404 for an unknown path or id, 405, 406 …) as problem details; the runtime would otherwise
 * answer them with an empty body. The most specific mapper wins, so this one, not {@link ProblemMapper}, sees them.
 */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationProblemMapper.class.getName());

    @Override
    public Response toResponse(WebApplicationException exception) {
        return of(exception);
    }

    static Response of(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String incident = null;
        if (status >= 500) {
            incident = Problem.newIncident();
            LOG.log(Level.SEVERE, "API request failed, incident " + incident, exception);
        }
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.json(status, incident));
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}

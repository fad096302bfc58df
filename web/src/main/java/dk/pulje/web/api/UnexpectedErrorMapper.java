package dk.pulje.web.api;

import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected is logged on the server and answered with a bare 500: no stack trace or SQL leaves Pulje. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (exception instanceof RuleViolation) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        LOG.log(Level.WARNING, "API request failed", exception);
        return Response.serverError().build();
    }
}

package dk.pulje.web.api.v1.support;

import dk.pulje.web.api.Problem;
import jakarta.ws.rs.WebApplicationException;

/**
 * A refusal whose problem details are already complete (status, detail, errors): the mappers pass its answer on as
 * it is. Thrown where the request is read (a body that is not JSON, a field of the wrong type, an unknown field).
 */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ProblemException(Problem problem) {
        super(problem.response());
    }
}

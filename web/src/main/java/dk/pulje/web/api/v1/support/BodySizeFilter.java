package dk.pulje.web.api.v1.support;

import dk.pulje.web.api.ApiLanguage;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a write of API v1 whose {@code Content-Length} is over {@link BodyLimit#MAX_BYTES} before anything is read
 * (413 problem details, the connection closed so that the rest of the body is not waited for). The allocation import
 * has its own, larger limit (ImportSizeLimit). A body without a length is counted as it is read.
 */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/v1/") && !path.startsWith("v1/") || path.endsWith("v1/imports/allocations")) {
            return;
        }
        if (request.getLength() > BodyLimit.MAX_BYTES) {
            request.abortWith(closing(request));
        }
    }

    private static jakarta.ws.rs.core.Response closing(ContainerRequestContext request) {
        jakarta.ws.rs.core.Response problem = BodyLimit.tooLarge(ApiLanguage.of(request.getAcceptableLanguages()))
                .getResponse();
        return jakarta.ws.rs.core.Response.fromResponse(problem).header("Connection", "close").build();
    }
}

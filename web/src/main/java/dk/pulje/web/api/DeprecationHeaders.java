package dk.pulje.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The first API's {@code /api/projects…} and {@code /api/export/projects…} keep working, as deprecated aliases of
 * {@code /api/v1/projects} (issue 13; CHANGELOG.md): every answer says so with {@code Deprecation} (RFC 9745: the
 * date they were deprecated, 2026-11-26, as {@code @} and seconds since the epoch) and names its successor with
 * {@code Link: <…/api/v1/projects>; rel="successor-version"} (RFC 5829), so that a client's logs tell its
 * maintainers before the aliases go.
 */
@Provider
@DeprecatedApi
public class DeprecationHeaders implements ContainerResponseFilter {

    /** 2026-11-26T00:00:00Z. */
    static final String DEPRECATED_SINCE = "@1795651200";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String successor = request.getUriInfo().getBaseUri().getRawPath();
        successor = (successor.endsWith("/") ? successor : successor + "/") + "v1/projects";
        response.getHeaders().add("Deprecation", DEPRECATED_SINCE);
        response.getHeaders().add("Link", "<" + successor + ">; rel=\"successor-version\"");
    }
}

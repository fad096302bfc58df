package dk.pulje.web.api.v1.support;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic concurrency over HTTP (RFC 9110 §13.1.1): every resource the API lets a client change carries its
 * entity version as a strong {@code ETag} ({@code "7"}), and every write must send the version it read back in
 * {@code If-Match}. The services already take the version the editor saw (the pages do the same through their
 * forms), so a stale tag ends in the services' {@code ConcurrentChange}, which the problem mapper answers with
 * {@code 412} naming who changed the thing and when. A write without {@code If-Match} is {@code 428}: a client that
 * never read the thing must not overwrite it blindly.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag of a resource at the given version. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client read, from {@code If-Match}: 428 when the header is missing, 412 when it is {@code *} or
     * not a tag this API handed out (a tag from another server or a weak one cannot prove what the client saw).
     */
    public static long requireIfMatch(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            throw new WebApplicationException(Response.status(428).build());
        }
        String tag = value.trim();
        if (tag.startsWith("\"") && tag.endsWith("\"") && tag.length() > 2) {
            String inner = tag.substring(1, tag.length() - 1);
            if (inner.chars().allMatch(Character::isDigit) && inner.length() <= 18) {
                return Long.parseLong(inner);
            }
        }
        throw new WebApplicationException(Response.status(Response.Status.PRECONDITION_FAILED).build());
    }
}

package dk.pulje.web.api.v1;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tag of {@code /v1/projects/{id}/grant}: the project's version and the grant's, as {@code "12.3"} ({@code "12"}
 * while the project has no grant). Deciding a grant moves the project to "granted" and amending it may change the
 * project's total and end date, so the two services ({@code ProjectWorkflowService.grant} and {@code amend}) take both
 * versions; one tag that carries both lets a client prove it saw the current state of each with one {@code If-Match}.
 * Payments are parts of the grant alone and use the grant's version as a plain tag ({@code EntityTags}).
 */
final class GrantTags {

    private static final Pattern TAG = Pattern.compile("\"(\\d{1,18})(?:\\.(\\d{1,18}))?\"");

    /** What the client read: the project's version, and the grant's (null: it saw no grant). */
    record Seen(long project, Long grant) {
    }

    private GrantTags() {
    }

    static EntityTag of(long projectVersion, Long grantVersion) {
        return new EntityTag(value(projectVersion, grantVersion));
    }

    /** The tag's value between its quotes. */
    static String value(long projectVersion, Long grantVersion) {
        return grantVersion == null ? Long.toString(projectVersion) : projectVersion + "." + grantVersion;
    }

    /** 428 without {@code If-Match}, 412 for a tag this resource never handed out (as {@code EntityTags}). */
    static Seen requireIfMatch(HttpHeaders headers) {
        return requireIfMatch(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    static Seen requireIfMatch(String value) {
        if (value == null || value.isBlank()) {
            throw new WebApplicationException(Response.status(428).build());
        }
        return parse(value).orElseThrow(
                () -> new WebApplicationException(Response.status(Response.Status.PRECONDITION_FAILED).build()));
    }

    /** The versions in a tag this resource hands out; empty for anything else ({@code *}, weak, another form). */
    static Optional<Seen> parse(String value) {
        Matcher matcher = TAG.matcher(value.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Seen(Long.parseLong(matcher.group(1)),
                matcher.group(2) == null ? null : Long.parseLong(matcher.group(2))));
    }
}

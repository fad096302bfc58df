package dk.pulje.web.api.v1;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Refuses an import upload larger than the limit before its body is read: the multipart form is parsed before the
 * resource method runs, and a body past the server's own limit would otherwise end as a bare 400 instead of a 413 that
 * says why.
 */
@Provider
@PreMatching
public class ImportSizeLimit implements ContainerRequestFilter {

    /** Room for the multipart envelope around the file. */
    private static final long ENVELOPE = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().endsWith("v1/imports/allocations")) {
            return;
        }
        if (request.getLength() > AllocationImportResource.MAX_BYTES + ENVELOPE) {
            Locale locale = request.getAcceptableLanguages().stream().findFirst()
                    .filter(l -> "en".equals(l.getLanguage())).map(l -> Locale.ENGLISH)
                    .orElse(Locale.forLanguageTag("da"));
            request.abortWith(Response.status(413).type(Problem.MEDIA_TYPE)
                    .header("Connection", "close")
                    .entity(new AllocationImportResource.PlainProblem("about:blank", "Content Too Large", 413,
                            new RuleViolation("import.api.tooLarge").messageIn(locale)))
                    .build());
        }
    }
}

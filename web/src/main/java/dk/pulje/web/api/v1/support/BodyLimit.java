package dk.pulje.web.api.v1.support;

import dk.pulje.web.api.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The largest JSON body a write of API v1 takes: 1 MB, far above any real organisation or project (a project with a
 * hundred budget lines is some 20 kB). A larger body is refused with 413 before it is parsed, also when it comes
 * without a {@code Content-Length} (chunked), by counting what is read.
 */
public final class BodyLimit {

    public static final int MAX_BYTES = 1024 * 1024;

    private BodyLimit() {
    }

    /** The whole body, or 413 problem details once more than {@link #MAX_BYTES} arrive. */
    public static byte[] read(InputStream in, Locale locale) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge(locale);
        }
        return body;
    }

    public static ProblemException tooLarge(Locale locale) {
        return new ProblemException(Problem.of(413).detail(RecordBinder.message("api.body.tooLarge", locale, 1)));
    }
}

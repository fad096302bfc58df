package dk.pulje.web.api.v1;

import dk.pulje.application.opendata.OpenDataFormat;
import dk.pulje.application.opendata.OpenDataService;
import dk.pulje.application.opendata.OpenDataSet;
import dk.pulje.web.api.Problem;
import dk.pulje.web.opendata.OpenDataFile;
import dk.pulje.web.opendata.OpenDataFiles;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * The API's answer to an open-data download: the file as an attachment with a readable name and the headers that say
 * what was left out ({@link OpenDataFiles#OMITTED}); 404 (problem details, by the mapper) for a round or fund outside
 * the caller's portfolio; 409 problem details when no grant can be published.
 */
final class OpenDataDownloads {

    static final String CSV = "text/csv; charset=UTF-8";

    private OpenDataDownloads() {
    }

    static Response send(OpenDataService service, Optional<OpenDataSet> read, OpenDataFormat format, String remoteAddress) {
        OpenDataSet set = read.orElseThrow(NotFoundException::new);
        OpenDataFile file = OpenDataFiles.write(service, set, format, remoteAddress);
        if (file == null) {
            return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                    .entity(OpenDataFiles.nothingToPublish(set).toString()).build();
        }
        Response.ResponseBuilder answer = Response.ok(file.content()).type(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header(OpenDataFiles.OMITTED, file.omitted());
        if (!file.omittedReasons().isEmpty()) {
            answer.header(OpenDataFiles.OMITTED_REASONS, file.omittedReasons());
        }
        return answer.build();
    }
}

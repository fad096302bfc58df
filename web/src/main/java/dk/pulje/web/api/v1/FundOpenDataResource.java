package dk.pulje.web.api.v1;

import dk.pulje.application.opendata.OpenDataSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

import java.util.Optional;

/**
 * A fund's grants as open data: {@code GET /api/v1/funds/{id}/export/360giving}, {@code …/360giving.csv} and
 * {@code …/iati} ({@link OpenDataExportResource}); fund administrators and regional staff (web.xml, OpenDataService).
 */
@Path("/v1/funds/{id}/export")
@RequestScoped
public class FundOpenDataResource extends OpenDataExportResource {

    @Override
    Optional<OpenDataSet> read(long id) {
        return service.fund(id);
    }
}

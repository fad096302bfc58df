package dk.pulje.web.imports;

import dk.pulje.application.imports.AllocationImportService;
import dk.pulje.application.imports.ImportProgress;
import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.ImportRequest;
import dk.pulje.application.imports.ImportSheet;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Future;

/**
 * Runs an import off the request thread, so that the upload page stays usable while 10.000 rows are checked and
 * stored (its progress bar polls the {@link ImportProgress}). An asynchronous EJB call carries the caller's identity
 * to the worker thread, so the service's {@code @RolesAllowed} and fund scope see the clerk who pressed "Gem"; the
 * transaction is the service's own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportWorker {

    @EJB
    private AllocationImportService imports;

    @Asynchronous
    public Future<ImportReport> store(ImportSheet sheet, ImportRequest request, ImportProgress progress) {
        return new AsyncResult<>(imports.run(sheet, request, progress));
    }
}

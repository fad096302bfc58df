package dk.pulje.web.api.v1;

import dk.pulje.application.imports.AllocationImportService;
import dk.pulje.application.imports.ImportProgress;
import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.ImportRequest;
import dk.pulje.application.imports.ImportSheet;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.Problem;
import dk.pulje.web.imports.AllocationFileReader;
import dk.pulje.web.imports.ReadOptions;
import dk.pulje.web.imports.UnreadableFile;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.nio.charset.Charset;

/**
 * {@code POST /api/v1/imports/allocations}: an allocation list (multipart field {@code file}) into a round of a fund the
 * caller administers, read by the same reader and stored by the same service as the upload page. Answers the report as JSON (200), or, when any row is
 * refused, the same report inside problem details (422) with nothing stored. A file too large is 413, one that is not
 * a readable list 415 or 400; a fund or round the caller does not administer 404, like one that does not exist.
 */
@Path("/v1/imports/allocations")
@RequestScoped
public class AllocationImportResource {

    /** As the upload page's limit (issue 12): a list of 10.000 rows is far below it. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    private AllocationImportService service;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response importAllocations(@FormParam("file") EntityPart file, @QueryParam("fund") String fund,
                                      @QueryParam("round") String round,
                                      @QueryParam("createRound") @DefaultValue("false") boolean createRound,
                                      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                      @QueryParam("encoding") String encoding,
                                      @QueryParam("separator") String separator) {
        Locale locale = language();
        if (file == null || fund == null || fund.isBlank() || round == null || round.isBlank()) {
            return problem(400, "import.api.missing", locale);
        }
        ReadOptions options;
        try {
            options = new ReadOptions(encoding == null || encoding.isBlank() ? null : Charset.forName(encoding.strip()),
                    separator(separator));
        } catch (IllegalArgumentException unknown) {
            return problem(400, "import.api.options", locale);
        }
        ImportSheet sheet;
        try (InputStream in = file.getContent()) {
            sheet = new AllocationFileReader().readUpload(in, file.getFileName().orElse(null), options).sheet();
        } catch (UnreadableFile unreadable) {
            int status = switch (unreadable.key()) {
                case "import.file.tooBig", "import.file.tooBigStream" -> 413;
                case "import.file.type", "import.file.oldExcel" -> 415;
                default -> 400;
            };
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new PlainProblem("about:blank", title(status), status, unreadable.text(locale))).build();
        } catch (IOException e) {
            return problem(400, "import.api.unreadable", locale);
        }
        ImportRequest request = new ImportRequest(fund, round, createRound, dryRun, null, null);
        ImportReport report;
        try {
            report = service.run(sheet, request, ImportProgress.NONE);
        } catch (EJBException e) {
            if (e.getCause() instanceof RuleViolation violation) {
                return refused(violation, locale);
            }
            throw e;
        } catch (RuleViolation violation) {
            return refused(violation, locale);
        }
        ImportReportJson json = ImportReportJson.of(report, locale);
        if (report.refused()) {
            return Response.status(422).type(Problem.MEDIA_TYPE)
                    .entity(new RefusedImport("about:blank", "Unprocessable Content", 422,
                            ApiMessages.text("import.api.refused", locale, report.count(
                                    dk.pulje.application.imports.RowStatus.REFUSED)), json))
                    .build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }

    /** Problem details with the report as an extension member (RFC 9457 §3.2). */
    @jakarta.json.bind.annotation.JsonbPropertyOrder({"type", "title", "status", "detail", "report"})
    public record RefusedImport(String type, String title, int status, String detail, ImportReportJson report) {
    }

    private Response refused(RuleViolation violation, Locale locale) {
        if ("entity.notFound".equals(violation.key())) {
            return Response.status(404).type(Problem.MEDIA_TYPE).entity(Problem.json(404, null)).build();
        }
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new PlainProblem("about:blank", "Bad Request", 400, violation.messageIn(locale))).build();
    }

    /** A refusal with a message of Pulje's own (never the request's text echoed). */
    @jakarta.json.bind.annotation.JsonbPropertyOrder({"type", "title", "status", "detail"})
    public record PlainProblem(String type, String title, int status, String detail) {
    }

    private Response problem(int status, String key, Locale locale) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new PlainProblem("about:blank", title(status), status, ApiMessages.text(key, locale))).build();
    }

    private static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Bad Request";
        };
    }

    /** ";" "," or a tab, also by name ("semicolon", "comma", "tab"); null: detect. */
    private static Character separator(String separator) {
        if (separator == null || separator.isEmpty()) {
            return null;
        }
        return switch (separator.strip().toLowerCase(Locale.ROOT)) {
            case ";", "semicolon" -> ';';
            case ",", "comma" -> ',';
            case "tab", "\\t" -> '\t';
            default -> {
                if ("\t".equals(separator)) {
                    yield '\t';
                }
                throw new IllegalArgumentException(separator);
            }
        };
    }

    /** English when the client asks for it first, else Danish (Pulje's default). */
    private Locale language() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).map(l -> Locale.ENGLISH).orElse(Locale.forLanguageTag("da"));
    }
}

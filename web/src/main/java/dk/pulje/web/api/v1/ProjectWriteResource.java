package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.WholeProject;
import dk.pulje.application.project.WholeProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.web.api.ApiLanguage;
import dk.pulje.web.api.Problem;
import dk.pulje.web.api.v1.support.EntityTags;
import dk.pulje.web.api.v1.support.FieldRules;
import dk.pulje.web.api.v1.support.RecordBinder;
import dk.pulje.web.api.v1.support.StrictJsonReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes of projects in API v1: {@code POST /api/v1/projects} (a project with its budget and financing lines in a fund
 * the caller administers; 201 with {@code Location} and {@code ETag}), {@code PUT /api/v1/projects/{id}} (the whole
 * writable part at the version in {@code If-Match}) and {@code PATCH} with a JSON merge patch (RFC 7396) over the same
 * part. Through {@link WholeProjectService}: fund administrators of the project's fund; regional staff and applicants
 * are refused (403), a project of another fund is 404. Answers the project detail as {@code GET} does.
 */
@Path("/v1/projects")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ProjectWriteResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** The service's rules by the field they judge. */
    private static final Map<String, String> FIELDS = Map.of("project.endBeforeStart", "endDate",
            "grant.exceedsTotal", "totalSum", "budget.yearOutOfRange", "budgetLines");

    @Inject
    private WholeProjectService service;

    @Inject
    private ProjectDetailService details;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Operation(operationId = "projectWriteCreate", summary = "Create a project with its budget and financing lines (Idempotency-Key recommended)", tags = "Projects",
            responses = @ApiResponse(responseCode = "201", description = "The project as GET shows it",
                    headers = {@Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = "string")), @Header(name = "Location", description = "The new resource", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectDetailJson.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewProjectBody body) {
        Locale locale = ApiLanguage.of(headers);
        RecordBinder.require(body, locale);
        WholeProject command = command(body.details());
        long id = FieldRules.byKey(FIELDS, () -> service.create(body.fundId() == null ? 0 : body.fundId(),
                body.roundId(), body.type(), body.status(), command));
        return Response.fromResponse(current(id, Response.Status.CREATED))
                .location(uri.getBaseUriBuilder().path("v1/projects/{id}").build(id)).build();
    }

    @Operation(operationId = "projectWriteReplace", summary = "Replace the writable part of a project, lines included (If-Match)", tags = "Projects",
            responses = @ApiResponse(responseCode = "200", description = "The project as GET shows it",
                    headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectDetailJson.class))))
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, ProjectBody body) {
        RecordBinder.require(body, ApiLanguage.of(headers));
        long project = ApiValues.id(id);
        long version = EntityTags.requireIfMatch(headers);
        WholeProject command = command(body);
        FieldRules.byKey(FIELDS, () -> service.replace(project, version, command));
        return current(project, Response.Status.OK);
    }

    /**
     * A merge patch over the writable part as {@code GET} shows it: a field given replaces it, {@code null} clears it, a
     * field left out stays. Lists are replaced whole (RFC 7396), with their lines' ids as read.
     */
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ProjectBody.class))),
            operationId = "projectWritePatch", summary = "A JSON merge patch (RFC 7396) over the writable part of a project (If-Match)", tags = "Projects",
            responses = @ApiResponse(responseCode = "200", description = "The project as GET shows it",
                    headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectDetailJson.class))))
    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    public Response patch(@PathParam("id") String id, InputStream patch) throws IOException {
        Locale locale = ApiLanguage.of(headers);
        long project = ApiValues.id(id);
        long version = EntityTags.requireIfMatch(headers);
        JsonValue changes = StrictJsonReader.parse(patch, locale);
        JsonObject now = writable(details.detail(project).map(p -> ProjectDetailJson.of(p, false)).orElseThrow(NotFoundException::new));
        JsonValue merged = Json.createMergePatch(changes).apply(now);
        ProjectBody body = RecordBinder.bind(ProjectBody.class, merged, locale);
        WholeProject command = command(body);
        FieldRules.byKey(FIELDS, () -> service.replace(project, version, command));
        return current(project, Response.Status.OK);
    }

    /** The fields of the detail that {@link ProjectBody} writes, in its shape (amounts as strings, as read). */
    private static JsonObject writable(ProjectDetailJson detail) {
        var budget = Json.createArrayBuilder();
        detail.budgetLines().forEach(l -> budget.add(Json.createObjectBuilder().add("id", l.id())
                .add("category", l.category()).add("year", number(l.year())).add("amount", text(l.amount()))
                .add("note", text(l.note()))));
        var financing = Json.createArrayBuilder();
        detail.financingLines().forEach(l -> financing.add(Json.createObjectBuilder().add("id", l.id())
                .add("kind", l.kind()).add("contributorId", number(l.contributorId())).add("amount", text(l.amount()))
                .add("note", text(l.note()))));
        return Json.createObjectBuilder()
                .add("title", text(detail.title()))
                .add("description", text(detail.description()))
                .add("ownerId", number(detail.ownerId()))
                .add("town", text(detail.town()))
                .add("municipality", text(detail.municipality()))
                .add("startDate", text(detail.startDate() == null ? null : detail.startDate().toString()))
                .add("endDate", text(detail.endDate() == null ? null : detail.endDate().toString()))
                .add("totalSum", text(detail.totalSum()))
                .add("budgetLines", budget)
                .add("financingLines", financing)
                .build();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue number(Number value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.longValue());
    }

    /**
     * The service's command, each amount checked by the domain's own rule where the client can see which field it is
     * ({@code budgetLines[2].amount}: negative).
     */
    private static WholeProject command(ProjectBody body) {
        List<WholeProject.BudgetLine> budget = new ArrayList<>();
        List<ProjectBody.BudgetLineBody> budgetLines = body.budgetLines() == null ? List.of() : body.budgetLines();
        for (int i = 0; i < budgetLines.size(); i++) {
            ProjectBody.BudgetLineBody line = budgetLines.get(i);
            budget.add(new WholeProject.BudgetLine(line.id(), line.category(), line.year(),
                    money("budgetLines[" + i + "].amount", line.amount()), line.note()));
        }
        List<WholeProject.FinancingLine> financing = new ArrayList<>();
        List<ProjectBody.FinancingLineBody> financingLines = body.financingLines() == null ? List.of() : body.financingLines();
        for (int i = 0; i < financingLines.size(); i++) {
            ProjectBody.FinancingLineBody line = financingLines.get(i);
            financing.add(new WholeProject.FinancingLine(line.id(), line.kind(), line.contributorId(),
                    money("financingLines[" + i + "].amount", line.amount()), line.note()));
        }
        return new WholeProject(body.title(), body.description(), body.ownerId(), body.startDate(), body.endDate(),
                body.town(), body.municipality(), money("totalSum", body.totalSum()),
                body.budgetLines() == null ? null : budget, body.financingLines() == null ? null : financing);
    }

    private static Money money(String field, BigDecimal amount) {
        return amount == null ? null : FieldRules.at(field, () -> Money.requireNotNegative(Money.dkk(amount)));
    }

    private Response current(long id, Response.Status status) {
        ProjectDetailJson json = details.detail(id).map(p -> ProjectDetailJson.of(p, false)).orElseThrow(NotFoundException::new);
        return Response.status(status).entity(json).type(MediaType.APPLICATION_JSON)
                .tag(EntityTags.of(json.version())).build();
    }
}

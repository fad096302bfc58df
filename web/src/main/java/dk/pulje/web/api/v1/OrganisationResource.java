package dk.pulje.web.api.v1;

import dk.pulje.application.organisation.ChangeOrganisation;
import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.web.api.ApiLanguage;
import dk.pulje.web.api.Problem;
import dk.pulje.web.api.v1.support.Cursor;
import dk.pulje.web.api.v1.support.EntityTags;
import dk.pulje.web.api.v1.support.Paging;
import dk.pulje.web.api.v1.support.FieldRules;
import dk.pulje.web.api.v1.support.RecordBinder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/organisations}: search (name, alias, CVR number) with keyset paging, one organisation with its ETag,
 * register ({@code POST}, 201 with {@code Location} and {@code ETag}) and change ({@code PUT} with {@code If-Match}),
 * all through {@link OrganisationService}: fund and system administrators; regional staff and applicants are refused
 * (403) by the service's roles.
 */
@Path("/v1/organisations")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OrganisationResource {

    /** The one order of the list, as its cursors name it. */
    private static final String SORT = "name";
    /** As the pages' search field. */
    static final int MAX_SEARCH = 200;

    /** The service's rules by the field they judge. */
    private static final Map<String, String> FIELDS = Map.of("organisation.nameTaken", "name",
            "organisation.cvrTaken", "cvr", "organisation.cvrFormat", "cvr", "organisation.cvrCheckDigit", "cvr");

    @Inject
    private OrganisationService service;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /**
     * Organisations whose name, alias or CVR number contains {@code q} (ignoring case; all without it), by name, in
     * keyset pages ({@code limit}, {@code cursor}; {@code next} in the body and the {@code Link} header).
     */
    @Operation(operationId = "organisationSearch", summary = "Organisations by name, alias or CVR number, in keyset pages", tags = "Organisations",
            responses = @ApiResponse(responseCode = "200", description = "A page of organisations",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationPage.class))))
    @GET
    public Response search(@QueryParam("q") String text, @QueryParam("limit") String limit,
                           @QueryParam("cursor") String cursor) {
        if (text != null && text.length() > MAX_SEARCH) {
            throw new BadRequestException();
        }
        int size = Paging.limit(limit);
        Cursor after = Paging.cursor(cursor);
        if (after != null && (!SORT.equals(after.sort()) || !after.ascending() || after.key() == null)) {
            throw new BadRequestException(); // a cursor of another list
        }
        List<OrganisationSummary> rows = service.page(text, after == null ? null : after.key(),
                after == null ? null : after.id(), size);
        List<OrganisationJson> items = rows.stream().limit(size).map(OrganisationJson::of).toList();
        Cursor next = null;
        if (rows.size() > size) {
            OrganisationSummary last = rows.get(size - 1);
            next = new Cursor(SORT, true, last.id(), last.name());
        }
        return Paging.answer(items, next, uri);
    }

    /** An organisation that does not exist answers 404. */
    @Operation(operationId = "organisation", summary = "One organisation", tags = "Organisations",
            responses = @ApiResponse(responseCode = "200", description = "The organisation",
                    headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationJson.class))))
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return current(ApiValues.id(id), Response.Status.OK);
    }

    @Operation(operationId = "organisationRegister", summary = "Register an organisation (Idempotency-Key recommended)", tags = "Organisations",
            responses = @ApiResponse(responseCode = "201", description = "The registered organisation",
                    headers = {@Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = "string")), @Header(name = "Location", description = "The new resource", schema = @Schema(type = "string"))},
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationJson.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(OrganisationBody body) {
        RecordBinder.require(body, ApiLanguage.of(headers));
        long id = FieldRules.byKey(FIELDS, () -> service.register(new NewOrganisation(body.name(), body.type(),
                body.cvr(), body.town(), body.municipality(), body.region(), body.country())));
        return Response.fromResponse(current(id, Response.Status.CREATED))
                .location(uri.getBaseUriBuilder().path("v1/organisations/{id}").build(id)).build();
    }

    /** The whole organisation's writable fields, at the version in {@code If-Match}. */
    @Operation(operationId = "organisationChange", summary = "Change an organisation (If-Match)", tags = "Organisations",
            responses = @ApiResponse(responseCode = "200", description = "The changed organisation",
                    headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationJson.class))))
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, OrganisationBody body) {
        RecordBinder.require(body, ApiLanguage.of(headers));
        long organisation = ApiValues.id(id);
        long version = EntityTags.requireIfMatch(headers);
        FieldRules.byKey(FIELDS, () -> service.change(new ChangeOrganisation(organisation, version, body.name(),
                body.type(), body.cvr(), body.town(), body.municipality(), body.region(), body.country())));
        return current(organisation, Response.Status.OK);
    }

    /** The page's shape, for the document. */
    @Schema(name = "OrganisationPage")
    public record OrganisationPage(List<OrganisationJson> items,
                                   @jakarta.json.bind.annotation.JsonbNillable String next) {
    }

    private Response current(long id, Response.Status status) {
        OrganisationJson json = service.organisation(id).map(OrganisationJson::of).orElseThrow(NotFoundException::new);
        return Response.status(status).entity(json).type(MediaType.APPLICATION_JSON)
                .tag(EntityTags.of(json.version())).build();
    }
}

package dk.pulje.web.api.v1;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectKeysetPage;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.web.api.v1.support.EntityTags;
import dk.pulje.web.api.v1.support.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/projects} (filters, sort, keyset paging), {@code GET /api/v1/projects/{id}} (the project with its
 * parts, {@code ETag} from its version) and {@code GET /api/v1/projects/{id}/history} (its audit trail). Scoped like
 * the pages: administrators read their funds' projects, regional staff theirs, applicants their organisations'; a
 * project outside the caller's scope answers 404 exactly like one that does not exist. System administrators read no
 * project content (the services refuse them: 403).
 */
@Path("/v1/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    private ProjectCatalogService catalog;

    @Inject
    private ProjectDetailService details;

    @Inject
    private ProjectHistoryService history;

    @Inject
    private ProjectAccess access;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.ws.rs.core.SecurityContext security;

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        ProjectQuery query = ProjectQuery.of(uri.getQueryParameters(), Paging.limit(limit), Paging.cursor(cursor));
        ProjectKeysetPage page = catalog.page(query.search(), query.after());
        return Paging.answer(page.rows().stream().map(ProjectSummaryJson::of).toList(), query.cursorAfter(page.next()), uri);
    }

    /** With {@code If-None-Match} of the current version: 304, nothing read twice by a client that polls. */
    @GET
    @Path("/{id}")
    public Response project(@PathParam("id") String id, @Context Request request) {
        ProjectDetail project = details.detail(ApiValues.id(id)).orElseThrow(NotFoundException::new);
        EntityTag tag = EntityTags.of(project.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        boolean applicant = security.isUserInRole(dk.pulje.domain.model.account.Roles.APPLICANT) && !project.changeable();
        return Response.ok(ProjectDetailJson.of(project, applicant)).tag(tag).build();
    }

    /** Newest first; a project the caller may not read is 404, one without changes an empty list. */
    @GET
    @Path("/{id}/history")
    public List<HistoryEventJson> history(@PathParam("id") String id) {
        long projectId = ApiValues.id(id);
        List<ProjectChange> changes = history.history(projectId);
        if (changes.isEmpty() && !access.canRead(projectId)) {
            throw new NotFoundException();
        }
        Locale locale = language();
        return changes.stream().map(change -> HistoryEventJson.of(change, locale)).toList();
    }

    /** English when the client asks for it first, else Danish (Pulje's default). */
    private Locale language() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).map(l -> Locale.ENGLISH).orElse(Locale.forLanguageTag("da"));
    }
}

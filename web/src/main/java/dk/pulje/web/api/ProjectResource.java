package dk.pulje.web.api;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code GET /api/projects} and {@code GET /api/projects/{id}}: the projects the caller may see, and nothing else. */
@Path("/projects")
@DeprecatedApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    /** As {@code ProjectSearch.text}'s {@code @Size}. */
    static final int MAX_SEARCH = 200;

    @Inject
    private ProjectCatalogService catalog;

    @Inject
    private ProjectDetailService details;

    @GET
    public List<ProjectJson> list(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("100") int size) {
        if (text != null && text.length() > MAX_SEARCH) {
            // Refused here, as a plain 400: the validator's own answer would echo the input and internal names.
            throw new BadRequestException();
        }
        ProjectSearch search = ProjectSearch.firstPage(100).withText(text)
                .page(Math.max(0, first), Math.min(Math.max(1, size), 500));
        return catalog.rows(search).stream().map(ProjectJson::of).toList();
    }

    /** A project that does not exist and one the caller may not see answer alike: 404. */
    @GET
    @Path("/{id}")
    public ProjectJson get(@PathParam("id") long id) {
        return details.detail(id).map(ProjectJson::of).orElseThrow(NotFoundException::new);
    }
}

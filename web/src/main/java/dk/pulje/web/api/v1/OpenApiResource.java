package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.OpenApiDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;

/**
 * {@code GET /api/v1/openapi.json} and {@code …/openapi.yaml}: this API's OpenAPI 3.1 document, for every signed-in
 * client (it describes the API, not anybody's data). The reference page for people is {@code /pulje/api-docs/}.
 */
@Path("/v1")
@RequestScoped
public class OpenApiResource {

    @Inject
    private OpenApiDocument document;

    @Context
    private ServletContext servletContext;

    @GET
    @Operation(operationId = "openApiJson", summary = "This API's OpenAPI 3.1 document as JSON", tags = "Meta",
            responses = @ApiResponse(responseCode = "200", description = "The document",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @Path("/openapi.json")
    @Produces("application/json")
    public String json() {
        return document.json(servletContext);
    }

    @GET
    @Operation(operationId = "openApiYaml", summary = "This API's OpenAPI 3.1 document as YAML", tags = "Meta",
            responses = @ApiResponse(responseCode = "200", description = "The document",
                    content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string"))))
    @Path("/openapi.yaml")
    @Produces("application/yaml")
    public String yaml() {
        return document.yaml(servletContext);
    }
}

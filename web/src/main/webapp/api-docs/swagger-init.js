/*
 * Starts Swagger UI on the API's OpenAPI document (docs/adr/0017). A file, not an inline script, so that the page's
 * Content-Security-Policy (ApiDocsHeaders: script-src 'self') holds. No validator badge (it would send the document
 * to validator.swagger.io) and no top bar (its URL field could load a document from anywhere).
 */
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: 'openapi.json',
        dom_id: '#swagger-ui',
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
        deepLinking: true,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        validatorUrl: null,
        withCredentials: false
    });
});

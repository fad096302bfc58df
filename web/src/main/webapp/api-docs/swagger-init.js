/*
 * Starts Swagger UI on the API's OpenAPI document (docs/adr/0017). A file, not an inline script, so that the page's
 * Content-Security-Policy (ApiDocsHeaders: script-src 'self') holds. No validator badge (it would send the document
 * to validator.swagger.io), no top bar (its URL field could load a document from anywhere), no deep links (each
 * would be a link inside the operation's button, which screen readers cannot reach).
 */
(function () {
    'use strict';

    /** Swagger UI draws the server choice (and others) as a select without a name; give every such select one. */
    function nameUnnamedSelects(root) {
        root.querySelectorAll('select:not([aria-label])').forEach(function (select) {
            select.setAttribute('aria-label', select.id === 'servers' ? 'Server' : (select.id || 'Choice'));
        });
    }

    window.addEventListener('load', function () {
        var root = document.getElementById('swagger-ui');
        new MutationObserver(function () { nameUnnamedSelects(root); })
            .observe(root, {childList: true, subtree: true});
        // and once more after Swagger UI has drawn the document, whatever the observer saw
        var tries = 0;
        var timer = window.setInterval(function () {
            nameUnnamedSelects(root);
            if (++tries > 50 || root.querySelector('#servers[aria-label]')) {
                window.clearInterval(timer);
            }
        }, 100);
        window.ui = SwaggerUIBundle({
            url: 'openapi.json',
            dom_id: '#swagger-ui',
            presets: [SwaggerUIBundle.presets.apis],
            layout: 'BaseLayout',
            deepLinking: false,
            docExpansion: 'list',
            defaultModelsExpandDepth: 0,
            validatorUrl: null,
            withCredentials: false
        });
    });
}());

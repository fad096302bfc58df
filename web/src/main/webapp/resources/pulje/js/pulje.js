/* Pulje's few lines of script; loaded from the server itself, as the Content-Security-Policy wants. */
var Pulje = Pulje || {};

/**
 * After an ajax change of what the page shows (a filter, a sort, a page, a tab), the server sends the address that
 * shows the same again: put it in the address bar (no reload), so reload, bookmark and back all keep it, and let the
 * language links keep it too.
 */
Pulje.showAddress = function (args) {
    if (!args || !args.address || !window.history || !window.history.replaceState) {
        return;
    }
    window.history.replaceState(null, '', args.address);
    ['da', 'en'].forEach(function (language) {
        var link = document.getElementById('lang-' + language);
        if (link) {
            var url = new URL(args.address, window.location.href);
            url.searchParams.set('lang', language);
            link.setAttribute('href', url.pathname + url.search);
        }
    });
};

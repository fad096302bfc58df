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

/**
 * The project page's tabs change in the browser, without a form (each tab has forms of its own): when a tab becomes
 * the active one, by mouse or keyboard, the address is changed to the one that opens it (?tab=finances; the first
 * tab needs none), as Pulje.showAddress does after an ajax change.
 */
Pulje.watchTabs = function () {
    document.querySelectorAll('.pulje-tabs ul[role="tablist"]').forEach(function (list) {
        new MutationObserver(function () {
            var active = list.querySelector('li.ui-state-active a');
            if (!active) {
                return;
            }
            var href = active.getAttribute('href') || '';
            var name = href.substring(href.lastIndexOf(':') + 1);
            var url = new URL(window.location.href);
            if (list.querySelector('li') === active.closest('li')) {
                url.searchParams.delete('tab');
            } else {
                url.searchParams.set('tab', name);
            }
            url.searchParams.delete('lang');
            if (url.pathname + url.search !== window.location.pathname + window.location.search) {
                Pulje.showAddress({address: url.pathname + url.search});
            }
        }).observe(list, {attributes: true, subtree: true, attributeFilter: ['class']});
    });
};
document.addEventListener('DOMContentLoaded', Pulje.watchTabs);

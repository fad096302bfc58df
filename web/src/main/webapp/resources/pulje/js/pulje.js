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
    // A list's downloads are the list's address plus export=CSV|XLSX: they follow its filters and sort.
    document.querySelectorAll('a[data-export]').forEach(function (link) {
        var url = new URL(args.address, window.location.href);
        url.searchParams.delete('page');
        url.searchParams.set('export', link.getAttribute('data-export'));
        link.setAttribute('href', url.pathname + url.search);
    });
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

/**
 * The dashboards' timeline (issue 11) opens on its whole window (a year back, two ahead) with its axis in the page's
 * language. PrimeFaces' p:timeline cannot be given both start and end (vis-timeline then waits for a range change that
 * never comes and stays hidden), and vis formats the axis with moment's English names: so, once the widget has drawn,
 * set the window and give the axis labels formatted by the browser's Intl for the page's language. The element with
 * data-pulje-timeline names the widget and carries the window as ISO dates.
 */
Pulje.timelineLabels = function (language) {
    function format(options) {
        var formatter = new Intl.DateTimeFormat(language, options);
        return function (date) {
            return formatter.format(new Date(date.valueOf()));
        };
    }
    var minor = {
        year: format({year: 'numeric'}),
        month: format({month: 'short'}),
        week: format({day: 'numeric', month: 'short'}),
        day: format({day: 'numeric'}),
        weekday: format({weekday: 'short', day: 'numeric'}),
        other: format({hour: '2-digit', minute: '2-digit'})
    };
    var major = {
        year: function () { return ''; },
        month: format({year: 'numeric'}),
        week: format({month: 'long', year: 'numeric'}),
        day: format({month: 'long', year: 'numeric'}),
        weekday: format({month: 'long', year: 'numeric'}),
        other: format({day: 'numeric', month: 'long', year: 'numeric'})
    };
    return {
        minorLabels: function (date, scale) { return (minor[scale] || minor.other)(date); },
        majorLabels: function (date, scale) { return (major[scale] || major.other)(date); }
    };
};
Pulje.watchTimelines = function () {
    document.querySelectorAll('[data-pulje-timeline]').forEach(function (element) {
        var tries = 0;
        var apply = function () {
            var widget = window.PF ? PF(element.getAttribute('data-pulje-timeline')) : null;
            if (!widget || !widget.instance) {
                if (++tries < 50) {
                    window.setTimeout(apply, 100);
                }
                return;
            }
            widget.instance.setOptions({format: Pulje.timelineLabels(document.documentElement.lang || 'da')});
            widget.instance.setWindow(element.getAttribute('data-start'), element.getAttribute('data-end'), {animation: false});
        };
        apply();
    });
};
document.addEventListener('DOMContentLoaded', Pulje.watchTimelines);

/**
 * The import page (issue 12) is drawn anew at each step; the focus goes to what the step says first (the problem
 * summary, the mapping's heading, the result), marked data-pulje-focus, so a screen reader reads it at once.
 */
document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-pulje-focus]');
    if (target) {
        target.focus();
    }
});

/**
 * A wide table that scrolls inside its frame (the import's preview, issue 12) must be reachable by keyboard to be
 * scrolled: its frame becomes a focusable, named region (the table's caption names it).
 */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.pulje-scroll-region .ui-datatable-tablewrapper').forEach(function (frame) {
        var caption = frame.closest('.ui-datatable').querySelector('.ui-datatable-header');
        frame.setAttribute('tabindex', '0');
        frame.setAttribute('role', 'region');
        frame.setAttribute('aria-label', caption ? caption.textContent.trim() : document.title);
    });
});

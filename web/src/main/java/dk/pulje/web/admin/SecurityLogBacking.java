package dk.pulje.web.admin;

import dk.pulje.application.security.SecurityEventView;
import dk.pulje.application.security.SecurityLogReader;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs {@code /admin/security-log.xhtml}: the security log, newest first, paged in the database. */
@Named
@ViewScoped
public class SecurityLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityLogReader reader;

    @Inject
    private dk.pulje.web.support.Messages messages;

    @Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    private LazyDataModel<SecurityEventView> events;

    @PostConstruct
    void init() {
        SecurityLogReader log = reader;
        events = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return Math.toIntExact(log.count());
            }

            @Override
            public List<SecurityEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
                return log.page(first, pageSize);
            }

            @Override
            public String getRowKey(SecurityEventView event) {
                return Long.toString(event.id());
            }
        };
    }

    /** The detail in the reader's language; rows written before details became message keys show their text. */
    public String detail(SecurityEventView event) {
        String key = event.detail();
        if (key == null || !key.startsWith("security.detail.")) {
            return key;
        }
        try {
            return messages.text(key, event.arguments().toArray());
        } catch (java.util.MissingResourceException e) {
            return key;
        }
    }

    /** View action: {@code ?export=CSV|XLSX} sends the whole log, newest first, page by page. */
    public void export() {
        dk.pulje.web.support.export.ListExport<SecurityEventView> columns = dk.pulje.web.support.export.ListExport
                .<SecurityEventView>named("sikkerhedslog", "Sikkerhedslog")
                .text("admin.log.when", e -> java.time.LocalDateTime.ofInstant(e.occurredAt(),
                        dk.pulje.application.shared.Clocks.DANISH_TIME).withNano(0).toString().replace('T', ' '))
                .text("admin.log.type", SecurityEventView::type)
                .text("admin.log.user", SecurityEventView::username)
                .text("admin.log.actor", SecurityEventView::actor)
                .text("admin.log.address", SecurityEventView::remoteAddress)
                .text("admin.log.detail", this::detail);
        downloads.sendIfAsked(columns, () -> columns.paged(
                dk.pulje.web.support.export.LazyWindows.of(events, Map.of(), Map.of())));
    }

    public LazyDataModel<SecurityEventView> getEvents() {
        return events;
    }
}

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

    public LazyDataModel<SecurityEventView> getEvents() {
        return events;
    }
}

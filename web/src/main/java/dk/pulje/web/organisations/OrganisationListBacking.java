package dk.pulje.web.organisations;

import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /organisations/list.xhtml}: organisations found as the person types (name, alias, CVR number, town),
 * at most {@link #LIMIT} of them, best first. Organisations are shared by every fund, so the list is not scoped.
 */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough to find one organisation by a few letters; more means: type more. */
    static final int LIMIT = 50;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private String text;
    private List<OrganisationSummary> found = List.of();

    @Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    /** The list's download: what the search finds (at most {@link #LIMIT}), as the table shows it. */
    static final dk.pulje.web.support.export.ListExport<OrganisationSummary> EXPORT = dk.pulje.web.support.export.ListExport
            .<OrganisationSummary>named("organisationer", "Organisationer")
            .text("organisation.name", OrganisationSummary::name)
            .text("organisation.type", OrganisationSummary::type)
            .text("organisation.cvr", o -> o.cvr() == null ? null : o.cvr().toString())
            .text("organisation.town", OrganisationSummary::town);

    /**
     * View action: {@code ?q=…} opens the page with that search done (the download links carry it), and with
     * {@code export=CSV|XLSX} sends what it finds.
     */
    public void export() {
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback() && text != null) {
            search();
        }
        downloads.sendIfAsked(EXPORT, () -> EXPORT.of(found));
    }

    /** The search text for the download links. */
    public String getExportQuery() {
        return text == null || text.isBlank() ? ""
                : "q=" + java.net.URLEncoder.encode(text.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public void search() {
        found = organisations.search(text, LIMIT);
    }

    /** Fewer than two characters search nothing; the page says so instead of "no match". */
    public boolean isTooShort() {
        return text == null || text.strip().length() < 2;
    }

    public boolean isLimited() {
        return found.size() >= LIMIT;
    }

    /** What the search found, said in words (read out by screen readers as the results change). */
    public String getCountText() {
        if (isTooShort()) {
            return messages.text("organisations.search.short");
        }
        return isLimited() ? messages.text("organisations.search.limited", LIMIT)
                : messages.text("organisations.search.count", found.size());
    }

    public List<OrganisationSummary> getFound() {
        return found;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

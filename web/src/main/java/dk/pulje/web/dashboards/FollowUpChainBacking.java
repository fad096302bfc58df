package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.ChainOverview;
import dk.pulje.application.dashboard.ChainStep;
import dk.pulje.application.dashboard.FollowUpChain;
import dk.pulje.application.dashboard.FollowUpChainService;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import dk.pulje.web.support.export.TableDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /dashboards/chain.xhtml} (issue 11, Q8): what maturation projects led to. Without parameters it lists
 * the chains that start in the filtered portfolio; {@code ?project=<id>} shows the chain from one project (the link on
 * a maturation project's page). A project that is unknown or outside the caller's funds: 404, alike.
 */
@Named
@RequestScoped
public class FollowUpChainBacking {

    @Inject
    private FollowUpChainService service;

    @Inject
    private DashboardFilters filters;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private String project;
    private List<FollowUpChain> chains;
    private boolean more;

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    /** The view action: reads the chain or chains, answers a forged project with 404, and exports when asked. */
    public void load() throws IOException {
        if (project != null && !project.isBlank()) {
            Long id = PageIds.parse(project);
            FollowUpChain chain = id == null ? null : service.chainFrom(id).orElse(null);
            if (chain == null) {
                PageIds.notFound();
                return;
            }
            chains = List.of(chain);
        } else {
            ChainOverview overview = service.chains(filters.getFilter());
            chains = overview.chains();
            more = overview.more();
        }
        ExportFormat format = DashboardExports.asked();
        if (format != null) {
            export(format);
        }
    }

    public List<FollowUpChain> getChains() {
        return chains;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isSingle() {
        return project != null && !project.isBlank();
    }

    public String projectLink(ChainStep step) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/projects/view.xhtml?id=" + step.id();
    }

    public String exportLink(String format) {
        String query = isSingle() ? "project=" + PageIds.parse(project) : DashboardFilters.query(filters.getFilter());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/dashboards/chain.xhtml?"
                + (query.isEmpty() ? "" : query + "&") + "export=" + ExportFormat.valueOf(format).name();
    }

    private void export(ExportFormat format) {
        List<ExportColumn> columns = List.of(
                ExportColumn.text(messages.text("dashboard.chain.start")),
                ExportColumn.integer(messages.text("dashboard.chain.step")),
                ExportColumn.text(messages.text("dashboard.chain.project")),
                ExportColumn.text(messages.text("dashboard.chain.type")),
                ExportColumn.text(messages.text("dashboard.chain.status")),
                ExportColumn.text(messages.text("dashboard.chain.fund")),
                ExportColumn.money(messages.text("dashboard.chain.granted")),
                ExportColumn.money(messages.text("dashboard.chain.total")));
        List<List<Object>> rows = new ArrayList<>();
        for (FollowUpChain chain : chains) {
            for (ChainStep step : chain.steps()) {
                List<Object> row = new ArrayList<>();
                row.add(chain.first().title());
                row.add((long) step.depth());
                row.add(step.title());
                row.add(fmt.label(step.type()));
                row.add(fmt.label(step.status()));
                row.add(step.fund());
                row.add(step.granted() == null ? null : step.granted().amount());
                row.add(step.total() == null ? null : step.total().amount());
                rows.add(row);
            }
        }
        TableDownload.send(new ExportTable("opfoelgning", messages.text("dashboard.chain.title"), columns, rows), format);
    }
}

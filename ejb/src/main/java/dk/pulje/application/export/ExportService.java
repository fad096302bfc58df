package dk.pulje.application.export;

import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectKeysetPage;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.SecurityLog;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.money.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Exports the projects the caller may see as CSV for a spreadsheet: semicolon-separated with decimal commas, as Danish
 * Excel reads it. Every export is written to the security log (who, how many rows).
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExportService {

    private static final int PAGE = 500;

    @Inject
    private ProjectCatalogService catalog;

    @Inject
    private SecurityLog securityLog;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    public String projectsCsv(String remoteAddress) {
        List<ProjectSummary> rows = allProjects();
        StringBuilder csv = new StringBuilder("\uFEFFid;titel;pulje;runde;projektejer;by;status;samlet_projektsum;bevilget\r\n");
        for (ProjectSummary row : rows) {
            csv.append(row.id()).append(';')
                    .append(cell(row.title())).append(';')
                    .append(cell(row.fundName())).append(';')
                    .append(cell(row.roundName())).append(';')
                    .append(cell(row.ownerName())).append(';')
                    .append(cell(row.town())).append(';')
                    .append(row.status()).append(';')
                    .append(amount(row.totalSum())).append(';')
                    .append(amount(row.granted())).append("\r\n");
        }
        securityLog.record(SecurityEventType.EXPORT, context.getCallerPrincipal().getName(), null, remoteAddress,
                "security.detail.export", "projects.csv", rows.size());
        return csv.toString();
    }

    /**
     * The caller's projects for the XLSX export (the web layer writes the file: the writer lives with the dashboards'
     * tables there); logged like the CSV export.
     */
    public List<ProjectSummary> projectsForSpreadsheet(String remoteAddress) {
        List<ProjectSummary> rows = allProjects();
        securityLog.record(SecurityEventType.EXPORT, context.getCallerPrincipal().getName(), null, remoteAddress,
                "security.detail.export", "projects.xlsx", rows.size());
        return rows;
    }

    /**
     * Writes a list page's download to the security log: who, which list and format ({@code "projekter.xlsx"}), how
     * many rows. Every role exports its own lists (the list's own service call decides what is in it), so every role
     * may record one.
     */
    @RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF, Roles.APPLICANT, Roles.SYSTEM_ADMIN})
    public void recordListExport(String list, int rows, String remoteAddress) {
        securityLog.record(SecurityEventType.EXPORT, context.getCallerPrincipal().getName(), null, remoteAddress,
                "security.detail.export", list, rows);
    }

    /**
     * One window of a round's projects for its spreadsheet (the round page's download, read page by page while the
     * file is written), by title; only projects the caller reads: a round of another fund gives no rows.
     */
    public List<RoundExportRow> roundProjects(long roundId, int first, int size) {
        CallerScope scope = scopes.current();
        TypedQuery<RoundExportRow> query = em.createQuery("""
                        select new dk.pulje.application.export.RoundExportRow(p.id, p.title, g.journalNumber, o.name,
                               p.town, p.municipality, sp.name, p.totalSum.amount, g.applied.amount, g.granted.amount,
                               p.startDate, p.endDate)
                        from Project p left join p.owner o left join Grant g on g.project = p left join g.subPool sp
                        where p.round.id = :round and""" + scope.readableProjects() + """
                        order by lower(p.title), p.id""", RoundExportRow.class)
                .setParameter("round", roundId).setFirstResult(first).setMaxResults(size);
        scope.bind(query);
        return query.getResultList();
    }

    private List<ProjectSummary> allProjects() {
        List<ProjectSummary> rows = new ArrayList<>();
        // Keyset pages: each starts after the last row of the one before, so the cost grows with the list, not its square.
        ProjectSearch search = ProjectSearch.firstPage(PAGE);
        ProjectKeysetPage page = catalog.page(search, null);
        rows.addAll(page.rows());
        while (page.next() != null) {
            page = catalog.page(search, page.next());
            rows.addAll(page.rows());
        }
        return rows;
    }

    /** Quoted when needed; a leading = + - @ is neutralised so that a title cannot become a spreadsheet formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** "11063000,00"; empty when unknown, never 0. */
    static String amount(Money money) {
        return money == null ? "" : money.amount().toPlainString().replace('.', ',');
    }
}

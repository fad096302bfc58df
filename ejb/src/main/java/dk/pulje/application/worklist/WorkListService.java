package dk.pulje.application.worklist;

import dk.pulje.application.project.FundOption;
import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fund administrator's work lists, always over the funds the caller administers (never those read as regional
 * staff): payments due and overdue, grants not fully planned, reports due and overdue. Paging, sorting and filtering
 * happen in PostgreSQL, as in the project list: each list is one count and one window, whatever the portfolio's size,
 * plus the caller's scope once per request. "Today" is the funders' today ({@code Clocks}); "coming" means today or
 * within {@link #HORIZON_DAYS} days.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(Roles.FUND_ADMIN)
public class WorkListService {

    /** How far ahead the lists look: a tranche or report due within 30 days is on them. */
    public static final int HORIZON_DAYS = 30;

    /**
     * Granted − Σ planned of a grant aliased {@code g}; also the sort expression of {@link GrantSort#UNPLANNED}. Σ planned
     * is the one the grant keeps (V12): the same expression as the index project_grant_unplanned_idx.
     */
    static final String UNPLANNED = "(g.granted.amount - g.plannedTotal)";

    /** Projects in these states owe nothing and are paid nothing more. */
    private static final List<ProjectStatus> FINISHED = List.of(ProjectStatus.REJECTED, ProjectStatus.CLOSED,
            ProjectStatus.WITHDRAWN);
    /**
     * A report the grantee still owes. Written as literals, not bound, so that PostgreSQL can prove in every plan that
     * the partial index report_obligation_due_idx (where status in ('DUE', 'RETURNED')) holds every row the list wants.
     */
    private static final String OPEN_REPORT = "ro.status in (dk.pulje.domain.model.project.ReportStatus.DUE, "
            + "dk.pulje.domain.model.project.ReportStatus.RETURNED)";
    /** A grant still being carried out: its money should be planned. */
    private static final List<ProjectStatus> RUNNING = List.of(ProjectStatus.GRANTED, ProjectStatus.ACTIVE,
            ProjectStatus.FINAL_REPORT_DUE);

    private static final String PAYMENTS_FROM = """
             from Payment pm join pm.grant g join g.project p join p.fund f left join p.owner o
             where pm.paidDate is null and pm.plannedDate <= :horizon and p.status not in (:finished)
            """;
    /** "{@link #UNPLANNED} > 0" is the predicate of project_grant_unplanned_idx, so that the index applies. */
    private static final String GRANTS_FROM = """
             from Grant g join g.project p join p.fund f left join p.owner o
             where g.granted.amount is not null and p.status in (:running) and %s > 0
            """.formatted(UNPLANNED);
    private static final String REPORTS_FROM = """
             from ReportObligation ro join ro.project p join p.fund f left join p.owner o
             where %s and ro.dueDate <= :horizon and p.status not in (:finished)
            """.formatted(OPEN_REPORT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    /** The day the lists are drawn up for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The funds the caller administers, for the lists' fund filter. */
    public List<FundOption> funds() {
        Scope scope = Scope.of(scopes.current());
        TypedQuery<FundOption> query = em.createQuery("select new dk.pulje.application.project.FundOption(f.id, f.shortName) "
                + "from Fund f where " + scope.condition("f.id") + " order by f.shortName", FundOption.class);
        scope.bind(query);
        return query.getResultList();
    }

    // Payments due and overdue -------------------------------------------------------------------------------------

    public long countPayments(@NotNull @Valid WorkListSearch<PaymentSort> search) {
        return count("select count(pm)" + PAYMENTS_FROM, filter(search, "pm.plannedDate"));
    }

    public List<DuePayment> payments(@NotNull @Valid WorkListSearch<PaymentSort> search) {
        return rows("""
                select new dk.pulje.application.worklist.DuePayment(pm.id, p.id, p.title, o.name, f.shortName,
                       pm.plannedDate, pm.plannedAmount, pm.condition)""" + PAYMENTS_FROM,
                filter(search, "pm.plannedDate"), search, DuePayment.class);
    }

    // Grants whose money is not yet planned -------------------------------------------------------------------------

    public long countUnplannedGrants(@NotNull @Valid WorkListSearch<GrantSort> search) {
        return count("select count(g)" + GRANTS_FROM, filter(search, null));
    }

    public List<UnplannedGrant> unplannedGrants(@NotNull @Valid WorkListSearch<GrantSort> search) {
        return rows("""
                select new dk.pulje.application.worklist.UnplannedGrant(g.id, p.id, p.title, o.name, f.shortName,
                       g.granted, g.plannedTotal)""" + GRANTS_FROM,
                filter(search, null), search, UnplannedGrant.class);
    }

    // Reports due and overdue ---------------------------------------------------------------------------------------

    public long countReports(@NotNull @Valid WorkListSearch<ReportSort> search) {
        return count("select count(ro)" + REPORTS_FROM, filter(search, "ro.dueDate"));
    }

    /**
     * The contact is the project's first contact person by position (the order the project page lists them in):
     * Hibernate keeps the positions of {@code project_contact} without gaps from 0, so the first is position 0.
     */
    public List<DueReport> reports(@NotNull @Valid WorkListSearch<ReportSort> search) {
        return rows("""
                select new dk.pulje.application.worklist.DueReport(ro.id, p.id, p.title, ro.type,
                       case when ro.status = dk.pulje.domain.model.project.ReportStatus.DUE and ro.draftSavedAt is not null
                            then dk.pulje.domain.model.project.ReportStatus.DRAFT else ro.status end, ro.dueDate,
                       o.name, f.shortName, cp.name, c.role, cp.email, cp.phone)
                 from ReportObligation ro join ro.project p join p.fund f left join p.owner o
                      left join p.contacts c on index(c) = 0 left join c.person cp
                 where %s and ro.dueDate <= :horizon and p.status not in (:finished)
                """.formatted(OPEN_REPORT), filter(search, "ro.dueDate"), search, DueReport.class);
    }

    // The start page -------------------------------------------------------------------------------------------------

    /**
     * Every count of the start page's "Det skal du i dag" in four statements (plus the scope once per request),
     * whatever the size of the portfolio.
     */
    public TodaysWork todaysWork() {
        Scope scope = Scope.of(scopes.current());
        LocalDate today = today();
        DueCount payments = single("""
                select new dk.pulje.application.worklist.DueCount(count(pm),
                       count(case when pm.plannedDate < :today then 1 end))""" + PAYMENTS_FROM + " and "
                + scope.condition("p.fund.id"), DueCount.class, scope, today);
        Long grants = single("select count(g)" + GRANTS_FROM + " and " + scope.condition("p.fund.id"), Long.class, scope, today);
        DueCount reports = single("""
                select new dk.pulje.application.worklist.DueCount(count(ro),
                       count(case when ro.dueDate < :today then 1 end))""" + REPORTS_FROM + " and "
                + scope.condition("p.fund.id"), DueCount.class, scope, today);
        TypedQuery<ApplicationCount> applications = em.createQuery("""
                select new dk.pulje.application.worklist.ApplicationCount(
                       count(case when p.status = :received then 1 end), count(case when p.status = :underReview then 1 end))
                from Project p where p.status in (:received, :underReview) and """ + scope.condition("p.fund.id"),
                ApplicationCount.class);
        applications.setParameter("received", ProjectStatus.APPLICATION_RECEIVED);
        applications.setParameter("underReview", ProjectStatus.UNDER_REVIEW);
        scope.bind(applications);
        ApplicationCount waiting = applications.getSingleResult();
        return new TodaysWork(payments.coming(), payments.overdue(), grants, reports.coming(), reports.overdue(),
                waiting.received(), waiting.underReview());
    }

    private <T> T single(String jpql, Class<T> type, Scope scope, LocalDate today) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        Filter.bindFixed(query, today);
        scope.bind(query);
        return query.getSingleResult();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Filter filter(WorkListSearch<?> search, String dateColumn) {
        return Filter.of(search, Scope.of(scopes.current()), dateColumn, today());
    }

    private long count(String jpql, Filter filter) {
        TypedQuery<Long> count = em.createQuery(jpql + filter.and(), Long.class);
        filter.bind(count);
        return count.getSingleResult();
    }

    private <T> List<T> rows(String jpql, Filter filter, WorkListSearch<?> search, Class<T> type) {
        TypedQuery<T> rows = em.createQuery(jpql + filter.and() + " order by " + search.sort().orderBy(search.ascending()), type);
        filter.bind(rows);
        rows.setFirstResult(search.first());
        rows.setMaxResults(search.pageSize());
        return rows.getResultList();
    }

    /** The funds whose work the caller does: those they administer, nothing they only read. */
    private record Scope(List<Long> funds) {

        static Scope of(CallerScope caller) {
            return new Scope(caller.has(dk.pulje.domain.model.account.Role.FUND_ADMIN)
                    ? List.copyOf(caller.administeredFunds()) : List.of());
        }

        /** Always in parentheses with spaces around it, so that it can be appended to any text. */
        String condition(String fundId) {
            return funds.isEmpty() ? " (1 = 0) " : " (" + fundId + " in (:workFunds)) ";
        }

        void bind(jakarta.persistence.Query query) {
            if (!funds.isEmpty()) {
                query.setParameter("workFunds", funds);
            }
        }
    }

    /** The conditions a search adds to a list's own, from a closed set; the scope is always one of them. */
    private record Filter(List<String> conditions, Map<String, Object> parameters, Scope scope, LocalDate today) {

        static Filter of(WorkListSearch<?> search, Scope scope, String dateColumn, LocalDate today) {
            Filter filter = new Filter(new ArrayList<>(), new LinkedHashMap<>(), scope, today);
            filter.conditions.add(scope.condition("p.fund.id"));
            if (search.fundId() != null) {
                filter.add("p.fund.id = :fundId", "fundId", search.fundId());
            }
            if (search.text() != null && !search.text().isBlank()) {
                filter.add("lower(p.title) like :text escape '\\'", "text", containsPattern(search.text()));
            }
            if (dateColumn != null && search.due() == Due.OVERDUE) {
                filter.add(dateColumn + " < :today", "today", today);
            } else if (dateColumn != null && search.due() == Due.COMING) {
                filter.add(dateColumn + " >= :today", "today", today);
            }
            return filter;
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String and() {
            return " and " + String.join(" and ", conditions) + " ";
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
            bindFixed(query, today);
            scope.bind(query);
        }

        /** The parameters of the lists' own conditions, for those a query uses. */
        static void bindFixed(jakarta.persistence.Query query, LocalDate today) {
            for (jakarta.persistence.Parameter<?> parameter : query.getParameters()) {
                switch (parameter.getName()) {
                    case "horizon" -> query.setParameter("horizon", today.plusDays(HORIZON_DAYS));
                    case "finished" -> query.setParameter("finished", FINISHED);
                    case "running" -> query.setParameter("running", RUNNING);
                    case "today" -> query.setParameter("today", today);
                    default -> {
                        // bound by the filter or the scope
                    }
                }
            }
        }

        /** "50%_x" must match those characters, not act as wildcards. */
        private static String containsPattern(String text) {
            String escaped = text.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return "%" + escaped + "%";
        }
    }
}

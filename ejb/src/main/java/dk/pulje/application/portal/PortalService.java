package dk.pulje.application.portal;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The applicant's own pages: "Mine projekter" and the deadline calendar, over the projects of the organisations the
 * caller belongs to, as owner or as partner. Each is one statement (plus a count for the paged list and the caller's
 * scope once per request), whatever the number of projects, reports, milestones and tranches.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(Roles.APPLICANT)
public class PortalService {

    /** The calendar's farthest look ahead; overdue items are always on it. */
    public static final int CALENDAR_MONTHS = 12;
    /** The calendar's bound: more than any organisation owes in a year, so that no request reads without end. */
    public static final int CALENDAR_LIMIT = 500;

    /** The caller's organisations own it (p.owner_id) or take part in it (a partner row). */
    private static final String MINE = """
            p.owner_id in (:organisations) or exists (select 1 from project_partner pp
             where pp.project_id = p.id and pp.organisation_id in (:organisations))""";

    /**
     * Σ paid and the next deadline aggregated per project in the same statement: a correlated sum and a lateral
     * aggregate over the UNION ALL of the project's open items (the earliest date, its kind, and how many are overdue).
     * A project that has ended owes nothing.
     */
    private static final String MY_PROJECTS = """
            select p.id as project_id, p.title as title, f.short_name as fund_name, p.status as status, o.name as owner_name,
                   coalesce(p.owner_id in (:organisations), false) as owned, g.granted_amount as granted,
                   case when g.id is null then null
                        else (select coalesce(sum(pm.paid_amount), 0) from payment pm where pm.grant_id = g.id) end as paid,
                   nd.next_date as next_date, nd.next_kind as next_kind, coalesce(nd.overdue, 0) as overdue
            from project p join fund f on f.id = p.fund_id left join organisation o on o.id = p.owner_id
                 left join project_grant g on g.project_id = p.id
                 left join lateral (
                     select min(d.due_date) as next_date, (array_agg(d.kind order by d.due_date, d.kind))[1] as next_kind,
                            count(*) filter (where d.due_date < :today) as overdue
                     from (select 'REPORT' as kind, ro.due_date from report_obligation ro
                            where ro.project_id = p.id and ro.status in ('DUE', 'RETURNED')
                           union all
                           select 'MILESTONE', ms.due_date from milestone ms
                            where ms.project_id = p.id and ms.status in ('PLANNED', 'DELAYED') and ms.due_date is not null
                           union all
                           select 'PAYMENT', pm.planned_date from payment pm
                            where pm.grant_id = g.id and pm.paid_date is null and pm.planned_date is not null) d
                     where p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN')) nd on true
            where (%s)
            order by (coalesce(nd.overdue, 0) > 0) desc, nd.next_date asc nulls last, lower(p.title), p.id
            offset :first rows fetch first :max rows only""".formatted(MINE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long countMyProjects() {
        List<Long> organisations = organisations();
        if (organisations.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("select count(*) from project p where " + MINE);
        query.setParameter("organisations", organisations);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A page of the caller's projects: those with something overdue first, then by the next deadline. */
    public List<MyProject> myProjects(int first, int pageSize) {
        List<Long> organisations = organisations();
        if (organisations.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(MY_PROJECTS, Tuple.class);
        query.setParameter("organisations", organisations);
        query.setParameter("today", today());
        query.setParameter("first", Math.max(0, first));
        query.setParameter("max", Math.min(Math.max(1, pageSize), 500));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(PortalService::myProject).toList();
    }

    /**
     * The caller's calendar: every open report, milestone and expected tranche of their projects that is overdue or
     * falls due within {@code months} months, overdue ones first, then by date (at most {@link #CALENDAR_LIMIT}).
     */
    public List<Deadline> myDeadlines(int months) {
        List<Long> organisations = organisations();
        if (organisations.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        int window = Math.min(Math.max(1, months), CALENDAR_MONTHS);
        return new DeadlineQueries(em, MINE, Map.of("organisations", organisations), Set.of())
                .rows(today.plusMonths(window), today, "d.due_date, d.kind, d.item_id", 0, CALENDAR_LIMIT);
    }

    private List<Long> organisations() {
        CallerScope scope = scopes.current();
        return scope.has(Role.APPLICANT) ? List.copyOf(scope.organisations()) : List.of();
    }

    private static MyProject myProject(Tuple row) {
        ProjectStatus status = ProjectStatus.valueOf((String) row.get("status"));
        boolean owned = (Boolean) row.get("owned");
        String nextKind = (String) row.get("next_kind");
        return new MyProject(DeadlineQueries.number(row.get("project_id")), (String) row.get("title"),
                (String) row.get("fund_name"), status, (String) row.get("owner_name"), !owned,
                money(row.get("granted")), money(row.get("paid")), DeadlineQueries.date(row.get("next_date")),
                nextKind == null ? null : DeadlineKind.valueOf(nextKind), DeadlineQueries.number(row.get("overdue")),
                owned && status.isGranted() && !status.isFinal());
    }

    private static Money money(Object amount) {
        return amount == null ? null : Money.dkk((BigDecimal) amount);
    }
}

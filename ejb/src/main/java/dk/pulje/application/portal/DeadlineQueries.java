package dk.pulje.application.portal;

import dk.pulje.domain.model.money.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadlines of the applicant's calendar and of the administrators' board: one SQL statement, a UNION ALL of the
 * three kinds (reports owed, milestones planned, tranches expected), each branch with the caller's scope and the date
 * bound in its own where clause, so that PostgreSQL reads each from its partial index of open items by date
 * (report_obligation_due_idx, milestone_open_due_idx of V16, payment_open_planned_idx) and stops at the page.
 * Native SQL because JPQL has no UNION ALL of differently shaped rows into one ordered page; every value from a
 * request is a bound parameter, and the order comes from a closed enum.
 */
final class DeadlineQueries {

    /**
     * Open items only, written as literals so that the planner can prove the partial indexes hold every row wanted.
     * A report is owed while due or returned (as in the work lists); a milestone while planned or delayed; a tranche
     * until it is paid. Projects rejected, closed or withdrawn owe and are owed nothing.
     */
    private static final String REPORTS = """
            select 'REPORT' as kind, ro.id as item_id, p.id as project_id, p.title as project_title, f.short_name as fund_name,
                   o.name as owner_name, ro.due_date as due_date, ro.report_type as detail, cast(null as numeric) as amount
            from report_obligation ro join project p on p.id = ro.project_id join fund f on f.id = p.fund_id
                 left join organisation o on o.id = p.owner_id
            where ro.status in ('DUE', 'RETURNED') and ro.due_date <= :until
              and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') and %s""";
    private static final String MILESTONES = """
            select 'MILESTONE' as kind, ms.id as item_id, p.id as project_id, p.title as project_title, f.short_name as fund_name,
                   o.name as owner_name, ms.due_date as due_date, ms.title as detail, cast(null as numeric) as amount
            from milestone ms join project p on p.id = ms.project_id join fund f on f.id = p.fund_id
                 left join organisation o on o.id = p.owner_id
            where ms.status in ('PLANNED', 'DELAYED') and ms.due_date <= :until
              and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') and %s""";
    private static final String PAYMENTS = """
            select 'PAYMENT' as kind, pm.id as item_id, p.id as project_id, p.title as project_title, f.short_name as fund_name,
                   o.name as owner_name, pm.planned_date as due_date, pm.release_condition as detail, pm.planned_amount as amount
            from payment pm join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id
                 join fund f on f.id = p.fund_id left join organisation o on o.id = p.owner_id
            where pm.paid_date is null and pm.planned_date <= :until
              and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') and %s""";

    private final EntityManager em;
    private final String projectCondition;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Set<DeadlineKind> kinds;

    /**
     * @param projectCondition a condition on the project aliased {@code p}, with named parameters given in
     *                         {@code scopeParameters}; never text from a request
     */
    DeadlineQueries(EntityManager em, String projectCondition, Map<String, Object> scopeParameters, Set<DeadlineKind> kinds) {
        this.em = em;
        this.projectCondition = " (" + projectCondition + ") ";
        this.parameters.putAll(scopeParameters);
        this.kinds = kinds.isEmpty() ? EnumSet.allOf(DeadlineKind.class) : EnumSet.copyOf(kinds);
    }

    private String union() {
        List<String> branches = new ArrayList<>();
        if (kinds.contains(DeadlineKind.REPORT)) {
            branches.add(REPORTS.formatted(projectCondition));
        }
        if (kinds.contains(DeadlineKind.MILESTONE)) {
            branches.add(MILESTONES.formatted(projectCondition));
        }
        if (kinds.contains(DeadlineKind.PAYMENT)) {
            branches.add(PAYMENTS.formatted(projectCondition));
        }
        return String.join("\nunion all\n", branches);
    }

    long count(LocalDate until) {
        Query query = em.createNativeQuery("select count(*) from (" + union() + ") d");
        bind(query, until, null);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A window of the open items due on or before {@code until}, overdue ones included, in the given order. */
    List<Deadline> rows(LocalDate until, LocalDate today, String orderBy, int first, int max) {
        Query query = em.createNativeQuery("select d.* from (" + union() + ") d order by " + orderBy
                + " offset :first rows fetch first :max rows only", Tuple.class);
        bind(query, until, null);
        query.setParameter("first", first);
        query.setParameter("max", max);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = query.getResultList();
        return tuples.stream().map(row -> deadline(row, today)).toList();
    }

    private void bind(Query query, LocalDate until, Object unused) {
        query.setParameter("until", until);
        parameters.forEach(query::setParameter);
    }

    private static Deadline deadline(Tuple row, LocalDate today) {
        LocalDate due = date(row.get("due_date"));
        BigDecimal amount = (BigDecimal) row.get("amount");
        return new Deadline(DeadlineKind.valueOf((String) row.get("kind")), number(row.get("item_id")),
                number(row.get("project_id")), (String) row.get("project_title"), (String) row.get("fund_name"),
                (String) row.get("owner_name"), due, (String) row.get("detail"),
                amount == null ? null : Money.dkk(amount), due.isBefore(today));
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** PostgreSQL's date comes back as java.sql.Date or LocalDate depending on how Hibernate types the column. */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}

package dk.pulje.it.worklist;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Writes the rows the work lists read straight in SQL (inside the caller's transaction), and returns their ids. */
final class WorkListRows {

    private final EntityManager em;

    WorkListRows(EntityManager em) {
        this.em = em;
    }

    /** A fund nobody administers, of a funder of its own. */
    long foreignFund(String name) {
        long funder = id("insert into organisation (name, type) values (?1, 'AGENCY') returning id", name + " (bevillingsgiver)");
        return id("insert into fund (funder_id, name, short_name) values (?1, ?2, ?3) returning id", funder, name, name);
    }

    long organisation(String name) {
        return id("insert into organisation (name, type, town) values (?1, 'LIBRARY', 'Odense') returning id", name);
    }

    long contact(long organisation, String name, String email) {
        return id("insert into contact_person (organisation_id, name, email, phone) values (?1, ?2, ?3, '12 34 56 78') returning id",
                organisation, name, email);
    }

    /** Adds a contact person to a project at the given position. */
    void projectContact(long project, int position, long person, String role) {
        em.createNativeQuery("insert into project_contact (project_id, position, contact_person_id, role) values (?1, ?2, ?3, ?4)")
                .setParameter(1, project).setParameter(2, position).setParameter(3, person).setParameter(4, role).executeUpdate();
    }

    long project(long fund, long owner, String title, String status) {
        return id("""
                insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                values (?1, ?2, ?3, 'DEVELOPMENT', ?4, 2000000, 'DKK') returning id""", fund, owner, title, status);
    }

    long grant(long project, String granted) {
        return id("""
                insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                values (?1, ?2, 'DKK', date '2025-01-15') returning id""", project, new BigDecimal(granted));
    }

    long payment(long grant, LocalDate planned, String amount) {
        return id(keepingPlannedTotal("""
                insert into payment (grant_id, planned_date, planned_amount, planned_currency) values (?1, ?2, ?3, 'DKK')"""),
                grant, planned, new BigDecimal(amount));
    }

    /** A tranche planned without a date yet. */
    long undatedPayment(long grant, String amount) {
        return id(keepingPlannedTotal("insert into payment (grant_id, planned_amount, planned_currency) values (?1, ?2, 'DKK')"),
                grant, new BigDecimal(amount));
    }

    long paidPayment(long grant, LocalDate planned, String amount) {
        return id(keepingPlannedTotal("""
                insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                values (?1, ?2, ?3, 'DKK', ?2, ?3, 'DKK')"""), grant, planned, new BigDecimal(amount));
    }

    /**
     * Rows written in SQL must keep what Grant.planPayment keeps: the grant's Σ planned (project_grant.planned_total,
     * V12) grows by the tranche's planned amount, paid or not. The statement returns the tranche's id.
     */
    private static String keepingPlannedTotal(String insertPayment) {
        return "with pm as (" + insertPayment + " returning id, grant_id, planned_amount), "
                + "kept as (update project_grant g set planned_total = g.planned_total + pm.planned_amount from pm where g.id = pm.grant_id) "
                + "select id from pm";
    }

    /**
     * After tranches were inserted in bulk: each grant's Σ planned recounted from its tranches, as V12 backfills it.
     * {@code grants} is a condition on the grant aliased {@code g}.
     */
    void recountPlannedTotals(String grants, Object... arguments) {
        var query = em.createNativeQuery("""
                update project_grant g set planned_total = s.total
                from (select grant_id, sum(planned_amount) as total from payment group by grant_id) s
                where s.grant_id = g.id""" + " and " + grants);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        query.executeUpdate();
    }

    long report(long project, String type, LocalDate due, String status) {
        return id("insert into report_obligation (project_id, report_type, due_date, status) values (?1, ?2, ?3, ?4) returning id",
                project, type, due, status);
    }

    private long id(String sql, Object... arguments) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}

package dk.pulje.it.portal;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Writes the rows the applicant's pages and the deadline board read, straight in SQL inside the caller's transaction. */
final class PortalRows {

    private final EntityManager em;

    PortalRows(EntityManager em) {
        this.em = em;
    }

    long organisationNamed(String name) {
        return ((Number) em.createNativeQuery("select id from organisation where name = ?1").setParameter(1, name)
                .getSingleResult()).longValue();
    }

    long organisation(String name) {
        return id("insert into organisation (name, type, town) values (?1, 'LIBRARY', 'Odense') returning id", name);
    }

    /** A fund nobody administers, of a funder of its own. */
    long foreignFund(String name) {
        long funder = id("insert into organisation (name, type) values (?1, 'AGENCY') returning id", name + " (bevillingsgiver)");
        return id("insert into fund (funder_id, name, short_name) values (?1, ?2, ?3) returning id", funder, name, name);
    }

    long project(long fund, long owner, String title, String status) {
        return id("""
                insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                values (?1, ?2, ?3, 'DEVELOPMENT', ?4, 2000000, 'DKK') returning id""", fund, owner, title, status);
    }

    void partner(long project, long organisation) {
        em.createNativeQuery("insert into project_partner (project_id, organisation_id, role) values (?1, ?2, 'PARTICIPANT')")
                .setParameter(1, project).setParameter(2, organisation).executeUpdate();
    }

    long grant(long project, String granted) {
        return id("""
                insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                values (?1, ?2, 'DKK', date '2025-01-15') returning id""", project, new BigDecimal(granted));
    }

    /** Keeps the grant's Σ planned (V12) as Grant.planPayment does. */
    long payment(long grant, LocalDate planned, String amount) {
        return id("""
                with pm as (insert into payment (grant_id, planned_date, planned_amount, planned_currency)
                            values (?1, ?2, ?3, 'DKK') returning id, grant_id, planned_amount),
                     kept as (update project_grant g set planned_total = g.planned_total + pm.planned_amount from pm where g.id = pm.grant_id)
                select id from pm""", grant, planned, new BigDecimal(amount));
    }

    long paidPayment(long grant, LocalDate planned, String amount) {
        return id("""
                with pm as (insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                            values (?1, ?2, ?3, 'DKK', ?2, ?3, 'DKK') returning id, grant_id, planned_amount),
                     kept as (update project_grant g set planned_total = g.planned_total + pm.planned_amount from pm where g.id = pm.grant_id)
                select id from pm""", grant, planned, new BigDecimal(amount));
    }

    long report(long project, String type, LocalDate due, String status) {
        return id("insert into report_obligation (project_id, report_type, due_date, status) values (?1, ?2, ?3, ?4) returning id",
                project, type, due, status);
    }

    long milestone(long project, String title, LocalDate due, String status) {
        return id("insert into milestone (project_id, title, due_date, status) values (?1, ?2, ?3, ?4) returning id",
                project, title, due, status);
    }

    long contact(long organisation, String name) {
        return id("insert into contact_person (organisation_id, name) values (?1, ?2) returning id", organisation, name);
    }

    void projectContact(long project, int position, long person) {
        em.createNativeQuery("insert into project_contact (project_id, position, contact_person_id) values (?1, ?2, ?3)")
                .setParameter(1, project).setParameter(2, position).setParameter(3, person).executeUpdate();
    }

    private long id(String sql, Object... arguments) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}

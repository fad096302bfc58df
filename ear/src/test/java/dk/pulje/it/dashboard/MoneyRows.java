package dk.pulje.it.dashboard;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows the money, timeline and overdue-report dashboards read, written straight in SQL inside the caller's
 * transaction (which the test rolls back): funds, projects with periods and towns, grants, tranches (keeping the
 * grant's Σ planned as Grant.planPayment does), reports and contacts.
 */
final class MoneyRows {

    private final EntityManager em;

    MoneyRows(EntityManager em) {
        this.em = em;
    }

    /** A fund of a funder of its own, with one round; returns {fund, round}. */
    long[] fund(String name) {
        long funder = id("insert into organisation (name, type) values (?1, 'AGENCY') returning id", name + " (bevillingsgiver)");
        long fund = id("insert into fund (funder_id, name, short_name) values (?1, ?2, ?3) returning id", funder, name, name);
        long round = id("""
                insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                values (?1, ?2, 2026, 10000000, 'DKK') returning id""", fund, name + " runde");
        return new long[]{fund, round};
    }

    /** Gives the user the fund in the role (FUND_ADMIN or REGIONAL_STAFF). */
    void give(String username, long fund, String role) {
        em.createNativeQuery("insert into user_fund (user_id, fund_id, role) select id, ?1, ?2 from user_account where username = ?3")
                .setParameter(1, fund).setParameter(2, role).setParameter(3, username).executeUpdate();
    }

    long organisation(String name) {
        return id("insert into organisation (name, type, town) values (?1, 'LIBRARY', 'Odense') returning id", name);
    }

    long project(long[] fundAndRound, long owner, String title, String status, String town, LocalDate start, LocalDate end) {
        return id("""
                insert into project (fund_id, round_id, owner_id, title, project_type, status, town, start_date, end_date,
                                     total_amount, total_currency)
                values (?1, ?2, ?3, ?4, 'DEVELOPMENT', ?5, ?6, ?7, ?8, 2000000, 'DKK') returning id""",
                fundAndRound[0], fundAndRound[1], owner, title, status, town, start, end);
    }

    long grant(long project, String granted) {
        return id("""
                insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                values (?1, ?2, 'DKK', date '2024-01-15') returning id""", project, new BigDecimal(granted));
    }

    /** A grant applied for and not decided: no granted amount. */
    long undecidedGrant(long project, String applied) {
        return id("insert into project_grant (project_id, applied_amount, applied_currency) values (?1, ?2, 'DKK') returning id",
                project, new BigDecimal(applied));
    }

    /** An unpaid tranche ({@code planned} may be null: no date yet). */
    long tranche(long grant, LocalDate planned, String amount) {
        return id("""
                with pm as (insert into payment (grant_id, planned_date, planned_amount, planned_currency)
                            values (?1, cast(?2 as date), ?3, 'DKK') returning id, grant_id, planned_amount),
                     kept as (update project_grant g set planned_total = g.planned_total + pm.planned_amount from pm where g.id = pm.grant_id)
                select id from pm""", grant, planned, new BigDecimal(amount));
    }

    long paid(long grant, LocalDate paidOn, String amount) {
        return id("""
                with pm as (insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                            values (?1, ?2, ?3, 'DKK', ?2, ?3, 'DKK') returning id, grant_id, planned_amount),
                     kept as (update project_grant g set planned_total = g.planned_total + pm.planned_amount from pm where g.id = pm.grant_id)
                select id from pm""", grant, paidOn, new BigDecimal(amount));
    }

    long report(long project, String type, LocalDate due, String status) {
        return id("insert into report_obligation (project_id, report_type, due_date, status) values (?1, ?2, ?3, ?4) returning id",
                project, type, due, status);
    }

    void contact(long project, int position, long organisation, String name, String email) {
        long person = id("insert into contact_person (organisation_id, name, email) values (?1, ?2, ?3) returning id",
                organisation, name, email);
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

package dk.pulje.it.domain;

import dk.pulje.it.support.NativeSql;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.domain.model.grant.Grant;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test database starts empty every run, so reaching this test means Flyway built the whole schema from nothing and
 * Hibernate validated every mapping, the audit tables included, against it. This checks what Flyway recorded.
 */
@PuljeIntegrationTest
class MigrationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(MigrationsIT.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void everyMigrationRanInOrderAndSucceeded() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select version, success from flyway_schema_history where version is not null order by installed_rank")
                .getResultList();
        assertEquals(List.of("1", "2", "3", "4", "4.1", "5", "5.1", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"), rows.stream().map(r -> (String) r[0]).toList());
        assertTrue(rows.stream().allMatch(r -> Boolean.TRUE.equals(r[1])));
    }

    /**
     * The test database has no tranches when V12 runs, so its backfill is run here again, as the script has it, on grants
     * of this test's own as they were before V12 (planned_total 0), in a transaction that is rolled back: Σ planned_amount
     * of each grant's tranches, paid ones at their planned amount, 0 for a grant without tranches.
     */
    @Test
    void v12BackfillsEachGrantsPlannedTotalFromItsTranches() throws Exception {
        String backfill = statementOf("db/migration/V12__grant_planned_total.sql", "update project_grant");
        transaction.begin();
        try {
            long fund = ((Number) em.createNativeQuery("select min(id) from fund").getSingleResult()).longValue();
            long twoTranches = grant(fund, "Før V12 med to rater");
            long none = grant(fund, "Før V12 uden rater");
            long one = grant(fund, "Før V12 med en rate");
            sql("""
                    insert into payment (grant_id, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    values (?1, 150000.25, 'DKK', date '2024-03-01', 140000, 'DKK')""", twoTranches);
            sql("insert into payment (grant_id, planned_amount, planned_currency) values (?1, 100000, 'DKK')", twoTranches);
            sql("insert into payment (grant_id, planned_amount, planned_currency) values (?1, 75000, 'DKK')", one);
            sql("update project_grant set planned_total = 0 where id in (?1, ?2, ?3)", twoTranches, none, one);

            sql(backfill);

            assertEquals(0, new BigDecimal("250000.25").compareTo(plannedTotal(twoTranches)));
            assertEquals(0, BigDecimal.ZERO.compareTo(plannedTotal(none)));
            assertEquals(0, new BigDecimal("75000").compareTo(plannedTotal(one)));
        } finally {
            transaction.rollback();
        }
    }

    private long grant(long fund, String title) {
        long project = ((Number) em.createNativeQuery("""
                insert into project (fund_id, title, project_type, status, total_amount, total_currency)
                values (?1, ?2, 'DEVELOPMENT', 'ACTIVE', 1000000, 'DKK') returning id""")
                .setParameter(1, fund).setParameter(2, title).getSingleResult()).longValue();
        return ((Number) em.createNativeQuery("""
                insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                values (?1, 500000, 'DKK', date '2024-01-01') returning id""").setParameter(1, project).getSingleResult())
                .longValue();
    }

    private BigDecimal plannedTotal(long grant) {
        return (BigDecimal) em.createNativeQuery("select planned_total from project_grant where id = ?1")
                .setParameter(1, grant).getSingleResult();
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }

    /** The one statement of a migration script that starts with {@code start}, its comment lines left out. */
    private static String statementOf(String script, String start) throws IOException {
        try (InputStream in = Grant.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException(script + " is not on the class path of the domain");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            List<String> found = Arrays.stream(text.split(";")).map(String::strip).filter(s -> s.startsWith(start)).toList();
            assertEquals(1, found.size(), "one statement of " + script + " starting with " + start);
            return found.get(0);
        }
    }

    @Test
    void theAuditTablesExistForEveryAuditedEntity() {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery(
                "select table_name from information_schema.tables where table_name like '%\\_aud' order by table_name")
                .getResultList();
        assertEquals(List.of("budget_line_aud", "contact_person_aud", "financing_line_aud", "fund_aud", "funding_round_aud",
                "grant_amendment_aud", "milestone_aud", "organisation_alias_aud", "organisation_aud", "payment_aud",
                "project_activity_aud", "project_aud", "project_contact_aud", "project_grant_aud", "project_partner_aud",
                "project_target_group_aud", "report_attachment_aud", "report_cofinancing_aud", "report_goal_value_aud",
                "report_milestone_aud", "report_obligation_aud", "report_section_aud", "report_spending_aud", "result_goal_aud", "sub_pool_aud", "sub_pool_theme_aud"), tables);
    }

    /** V25: an imported row's key is unique within its round; projects entered by hand (no key) are left out. */
    @Test
    void theImportKeyIsUniquePerRound() {
        String definition = (String) em.createNativeQuery(
                "select indexdef from pg_indexes where indexname = 'project_import_key_idx'").getSingleResult();
        assertTrue(definition.startsWith("CREATE UNIQUE INDEX"), definition);
        assertTrue(definition.contains("(round_id, import_key)"), definition);
        assertTrue(definition.contains("WHERE (import_key IS NOT NULL)"), definition);
    }

    /**
     * V24: every entity table takes its id from the one pooled sequence (so Hibernate can batch inserts) and none is an
     * identity column any more; a row written by hand and rows Hibernate numbers in blocks never share an id.
     */
    @Test
    void everyEntityTableTakesItsIdFromThePooledSequence() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("""
                select c.table_name, c.column_default, c.is_identity from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = current_schema() and c.column_name = 'id' and t.table_type = 'BASE TABLE'
                  and c.table_name not like '%\\_aud' order by c.table_name""").getResultList();
        List<String> pooled = columns.stream().filter(c -> "nextval('pulje_id_seq'::regclass)".equals(c[1]))
                .map(c -> (String) c[0]).toList();
        // 23 from V24, and api_token (V27, issue 13).
        assertEquals(24, pooled.size(), "entity tables on pulje_id_seq: " + pooled);
        assertTrue(pooled.containsAll(List.of("project", "project_grant", "budget_line", "payment", "organisation", "api_token")));
        assertTrue(columns.stream().filter(c -> pooled.contains((String) c[0])).allMatch(c -> "NO".equals(c[2])),
                "no pooled table is still an identity column");
        assertEquals(50L, ((Number) em.createNativeQuery(
                "select increment_by from pg_sequences where sequencename = 'pulje_id_seq'").getSingleResult()).longValue());

        transaction.begin();
        try {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            ids.add(persistOrganisation("Pooled ids 0"));
            long byHand = ((Number) em.createNativeQuery(
                    "insert into organisation (name, type, town) values ('Pooled ids by hand', 'LIBRARY', 'Aarhus') returning id")
                    .getSingleResult()).longValue();
            for (int i = 1; i <= 60; i++) {
                ids.add(persistOrganisation("Pooled ids " + i));
            }
            assertEquals(61, ids.size());
            assertTrue(!ids.contains(byHand), "a hand-written row takes a block of its own: " + byHand);
        } finally {
            transaction.rollback();
        }
    }

    private long persistOrganisation(String name) {
        dk.pulje.domain.model.organisation.Organisation organisation = new dk.pulje.domain.model.organisation.Organisation(
                name, dk.pulje.domain.model.organisation.OrganisationType.LIBRARY, "Randers");
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }
}

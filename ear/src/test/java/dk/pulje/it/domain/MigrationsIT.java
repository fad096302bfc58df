package dk.pulje.it.domain;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

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

    @Test
    void everyMigrationRanInOrderAndSucceeded() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select version, success from flyway_schema_history where version is not null order by installed_rank")
                .getResultList();
        assertEquals(List.of("1", "2", "3", "4", "4.1", "5", "5.1", "7", "8", "9", "10", "11"), rows.stream().map(r -> (String) r[0]).toList());
        assertTrue(rows.stream().allMatch(r -> Boolean.TRUE.equals(r[1])));
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
                "project_target_group_aud", "report_obligation_aud", "result_goal_aud", "sub_pool_aud", "sub_pool_theme_aud"), tables);
    }
}

package dk.pulje.it.imports;

import dk.pulje.application.imports.AllocationImportService;
import dk.pulje.application.imports.ImportProgress;
import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.ImportRequest;
import dk.pulje.application.imports.ImportSheet;
import dk.pulje.application.imports.RowStatus;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsAdmin;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import service inside the server: storing 500 rows costs a bounded number of statements (batched inserts, not
 * one round trip per row), the same list again writes nothing (no new audit revision), a corrected row is audited with
 * the caller as its user, organisations are matched by alias or created, and progress is told.
 */
@PuljeIntegrationTest
class AllocationImportServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(AllocationImportServiceIT.class, AsAdmin.class, TestData.class,
                Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    AllocationImportService service;

    @Inject
    AsAdmin asAdmin;

    private static final List<String> HEADERS = List.of("Projekt", "By", "Ansøger", "Samlet projektsum", "Bevilget");

    private static ImportSheet sheet(String token, int rows) {
        List<ImportSheet.Row> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new ImportSheet.Row(i + 2, List.of(token + " projekt " + i, i % 2 == 0 ? "Aarhus" : "Randers",
                    i % 3 == 0 ? "Leanmark Horsens" : "", (100_000 + i) + "", "50.000")));
        }
        return new ImportSheet(HEADERS, list);
    }

    private ImportRequest request(String round, boolean create) {
        return new ImportRequest(String.valueOf(TestData.testFundId()), round, create, false, null, null);
    }

    private long revisions() {
        return ((Number) em.createNativeQuery("select count(*) from audit_revision").getSingleResult()).longValue();
    }

    @Test
    void fiveHundredRowsInBatchesAndTheSameListAgainWritesNothing() throws Exception {
        String token = "Batch " + UUID.randomUUID().toString().substring(0, 8);
        String round = token + " 2025";
        List<String> phases = new CopyOnWriteArrayList<>();
        ImportReport[] first = new ImportReport[1];
        long statements = Statements.countWhile(emf, () -> first[0] = call(() -> service.run(sheet(token, 500),
                request(round, true), (phase, done, total) -> phases.add(phase + " " + done + "/" + total))));
        System.out.println("Import of 500 rows: " + statements + " statements");
        assertTrue(first[0].stored());
        assertEquals(500, first[0].count(RowStatus.CREATED));
        assertTrue(statements < 250, "500 rows in batches, not 500 × k statements: " + statements);
        assertTrue(phases.contains("STORING 500/500") && phases.contains("DONE 500/500"), phases.toString());
        assertEquals(167L, ((Number) em.createNativeQuery("""
                select count(*) from project p join organisation o on o.id = p.owner_id
                where p.title like ?1 || '%' and o.name = 'Learnmark Horsens'""").setParameter(1, token)
                .getSingleResult()).longValue(), "the alias found the organisation");

        long before = revisions();
        ImportReport[] unchanged = new ImportReport[1];
        long reading = Statements.countWhile(emf, () -> unchanged[0] = call(() -> service.run(sheet(token, 500),
                request(round, false), ImportProgress.NONE)));
        System.out.println("The same 500 rows again: " + reading + " statements");
        ImportReport again = unchanged[0];
        assertEquals(500, again.count(RowStatus.UNCHANGED));
        assertTrue(reading < 30, "finding 500 unchanged rows reads in bulk, not row by row: " + reading);
        assertEquals(before, revisions(), "nothing written: no new revision");

        List<ImportSheet.Row> corrected = new ArrayList<>(sheet(token, 500).rows());
        corrected.set(7, new ImportSheet.Row(9, List.of(token + " projekt 7", "Randers", "", "100007", "60.000")));
        ImportReport fixed = call(() -> service.run(new ImportSheet(HEADERS, corrected), request(round, false),
                ImportProgress.NONE));
        assertEquals(1, fixed.count(RowStatus.UPDATED));
        assertEquals(499, fixed.count(RowStatus.UNCHANGED));
        assertEquals(List.of("admin"), em.createNativeQuery("""
                select r.changed_by from project_grant_aud a join audit_revision r on r.id = a.rev
                join project_grant g on g.id = a.id join project p on p.id = g.project_id
                where p.title = ?1 order by a.rev desc limit 1""").setParameter(1, token + " projekt 7").getResultList());
        assertEquals(60000.0, ((Number) em.createNativeQuery("""
                select g.granted_amount from project_grant g join project p on p.id = g.project_id where p.title = ?1""")
                .setParameter(1, token + " projekt 7").getSingleResult()).doubleValue(), 0.001);
    }

    @Test
    void anUnknownOrganisationIsOfferedSuggestionsAndAMatchBecomesAnAlias() throws Exception {
        String token = "Alias " + UUID.randomUUID().toString().substring(0, 8);
        String spelling = "Lernmark Horsens " + token.substring(6);
        ImportSheet sheet = new ImportSheet(HEADERS, List.of(new ImportSheet.Row(2, List.of(token, "Horsens",
                "Learnmark Horsen", "1000000", "500000")), new ImportSheet.Row(3, List.of(token + " B", "Horsens",
                spelling, "1000000", "500000"))));
        ImportReport check = call(() -> service.check(sheet, request(token, true)));
        assertFalse(check.stored());
        assertEquals(2, check.unknownOrganisations().size());
        assertEquals("Learnmark Horsens", check.unknownOrganisations().get(0).suggestions().get(0).name());

        long learnmark = ((Number) em.createNativeQuery("select id from organisation where name = 'Learnmark Horsens'")
                .getSingleResult()).longValue();
        ImportRequest matched = new ImportRequest(String.valueOf(TestData.testFundId()), token, true, false, null,
                Map.of(spelling, learnmark));
        ImportReport stored = call(() -> service.run(sheet, matched, ImportProgress.NONE));
        assertTrue(stored.stored());
        assertEquals(1L, ((Number) em.createNativeQuery(
                "select count(*) from organisation_alias where organisation_id = ?1 and alias = ?2")
                .setParameter(1, learnmark).setParameter(2, spelling).getSingleResult()).longValue());
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from organisation where name = 'Learnmark Horsen'")
                .getSingleResult()).longValue(), "the unmatched spelling is created");
    }

    private <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return asAdmin.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package dk.pulje.it.attachment;

import dk.pulje.application.attachment.AttachmentFile;
import dk.pulje.application.attachment.AttachmentItem;
import dk.pulje.application.attachment.AttachmentLimits;
import dk.pulje.application.attachment.AttachmentService;
import dk.pulje.application.attachment.UploadAttachment;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.SaveReport;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.AttachmentKind;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportAttachment;
import dk.pulje.domain.model.project.ReportAttachmentContent;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SampleFiles;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.DemoUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachments to reports (issue 10): every allowed type stored by its content and read back byte for byte; every kind
 * of bad file refused with nothing stored; the size limit; clean names; who may add, remove and read; forged ids;
 * nothing added or removed once the report is handed in.
 */
@PuljeIntegrationTest
class AttachmentServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(AttachmentServiceIT.class, AsAttachmentPartner.class, TestData.class, SampleFiles.class);
    }

    @Inject
    AttachmentService attachments;

    @Inject
    ReportService reports;

    @Inject
    ProjectService projects;

    @Inject
    ProjectDetailService details;

    @Inject
    OrganisationService organisations;

    @Inject
    UserAdminService users;

    @Inject
    AsAttachmentPartner partner;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void everyAllowedTypeIsStoredAsItsContentSaysAndComesBackByteForByte() throws Exception {
        long report = report(ReportType.STATUS);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Statusrapport.pdf", SampleFiles.pdf());
        files.put("Referat fra styregruppen.docx", SampleFiles.docx());
        files.put("Regnskab 2025.xlsx", SampleFiles.xlsx());
        files.put("Evaluering.odt", SampleFiles.odt());
        files.put("Workshop.png", SampleFiles.png());
        files.put("Foto fra åbningen.JPG", SampleFiles.jpeg());
        long before = version(report);
        for (var file : files.entrySet()) {
            upload(report, AttachmentKind.ATTACHMENT, file.getKey(), file.getValue());
        }
        assertEquals(before, version(report), "attaching does not change the report: a draft open in its form stays valid");

        // The extension is kept in lower case (.JPG becomes .jpg).
        List<AttachmentItem> listed = DemoUser.RANDERS.call0(() -> attachments.list(report));
        assertEquals(List.of("Statusrapport.pdf", "Referat fra styregruppen.docx", "Regnskab 2025.xlsx", "Evaluering.odt",
                "Workshop.png", "Foto fra åbningen.jpg"), listed.stream().map(AttachmentItem::fileName).toList());
        assertEquals(List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "application/vnd.oasis.opendocument.text", "image/png", "image/jpeg"),
                listed.stream().map(AttachmentItem::contentType).toList(), "the type read from the content");
        assertTrue(listed.stream().allMatch(a -> a.uploadedBy().equals("randers") && a.uploadedByName() != null));

        int i = 0;
        for (byte[] content : files.values()) {
            AttachmentItem item = listed.get(i++);
            AttachmentFile file = DemoUser.RANDERS.call0(() -> attachments.download(item.id()));
            assertArrayEquals(content, file.content());
            assertEquals(content.length, item.sizeBytes());
            assertEquals(sha256(content), file.sha256(), "the stored sha256 is the content's");
            assertEquals(sha256(content), storedSha256(item.id()));
        }
    }

    @Test
    void aBadFileIsRefusedWithAClearMessageAndNothingIsStored() {
        long report = report(ReportType.STATUS);
        Map<String, Object[]> refused = new LinkedHashMap<>();
        refused.put("html renamed .pdf", new Object[]{"rapport.pdf", SampleFiles.html(), "attachment.type"});
        refused.put("a program", new Object[]{"rapport.pdf", SampleFiles.exe(), "attachment.type"});
        refused.put("empty", new Object[]{"rapport.pdf", new byte[0], "attachment.empty"});
        refused.put("random bytes", new Object[]{"rapport.docx", SampleFiles.random(4096), "attachment.type"});
        refused.put("a zip bomb dressed as DOCX", new Object[]{"rapport.docx", SampleFiles.zipBomb(), "attachment.broken"});
        refused.put("a zip that is no document", new Object[]{"rapport.docx", SampleFiles.plainZip(), "attachment.type"});
        refused.put("a PDF cut short", new Object[]{"rapport.pdf", SampleFiles.truncated(SampleFiles.pdf()), "attachment.broken"});
        refused.put("a PNG cut short", new Object[]{"foto.png", SampleFiles.truncated(SampleFiles.png()), "attachment.broken"});
        refused.put("a DOCX cut short", new Object[]{"rapport.docx", SampleFiles.truncated(SampleFiles.docx()), "attachment.broken"});
        refused.put("a PDF named .docx", new Object[]{"rapport.docx", SampleFiles.pdf(), "attachment.nameContradicts"});
        refused.put("a JPEG named .png", new Object[]{"foto.png", SampleFiles.jpeg(), "attachment.nameContradicts"});
        for (var bad : refused.entrySet()) {
            RuleViolation e = assertThrows(RuleViolation.class,
                    () -> upload(report, AttachmentKind.ATTACHMENT, (String) bad.getValue()[0], (byte[]) bad.getValue()[1]),
                    bad.getKey());
            assertEquals(bad.getValue()[2], e.key(), bad.getKey());
            String danish = e.messageIn(java.util.Locale.forLanguageTag("da"));
            String english = e.messageIn(java.util.Locale.ENGLISH);
            assertTrue(danish.contains((String) bad.getValue()[0]) && english.contains((String) bad.getValue()[0]),
                    "the message names the file: " + danish + " / " + english);
            assertFalse(danish.equals(english), "Danish and English: " + danish);
        }
        assertEquals(0, rows("select count(*) from report_attachment where report_id = ?1", report));
        assertEquals(0, rows("select count(*) from report_attachment_content c join report_attachment a on a.id = c.attachment_id "
                + "where a.report_id = ?1", report));
        assertTrue(DemoUser.RANDERS.call0(() -> attachments.list(report)).isEmpty());
    }

    @Test
    void aFileAboveTheConfiguredLimitIsRefusedWithoutReadingAllOfIt() {
        long report = report(ReportType.STATUS);
        String previous = System.getProperty(AttachmentLimits.PROPERTY);
        System.setProperty(AttachmentLimits.PROPERTY, "0.01"); // 10 kB (10,485 bytes)
        try {
            CountingStream endless = new CountingStream(100L * 1024 * 1024);
            RuleViolation e = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.call(() ->
                    attachments.upload(new UploadAttachment(report, null, AttachmentKind.ATTACHMENT, "stor.pdf"), endless)));
            assertEquals("attachment.tooBig", e.key());
            assertTrue(e.messageIn(java.util.Locale.forLanguageTag("da")).contains("højst fylde"), e.messageIn(null));
            assertTrue(endless.read <= AttachmentLimits.maxBytes() + 1, "read " + endless.read + " bytes of 100 MB");

            upload(report, AttachmentKind.ATTACHMENT, "lille.pdf", SampleFiles.pdf()); // below the limit: taken
        } finally {
            if (previous == null) {
                System.clearProperty(AttachmentLimits.PROPERTY);
            } else {
                System.setProperty(AttachmentLimits.PROPERTY, previous);
            }
        }
        assertEquals(1, rows("select count(*) from report_attachment where report_id = ?1", report));
        assertEquals(20L * 1024 * 1024, AttachmentLimits.maxBytes(), "20 MB unless configured");
    }

    @Test
    void namesAreCleanedAndKeepTheirDanishLettersAndExtension() {
        long report = report(ReportType.STATUS);
        upload(report, AttachmentKind.ATTACHMENT, "..\\..\\Windows\\Årsrapport <Ærø>\u0000\u202E.pdf", SampleFiles.pdf());
        upload(report, AttachmentKind.ATTACHMENT, "uden endelse", SampleFiles.png());
        upload(report, AttachmentKind.ATTACHMENT, "ø".repeat(300) + ".pdf", SampleFiles.pdf());
        List<String> names = DemoUser.RANDERS.call0(() -> attachments.list(report)).stream().map(AttachmentItem::fileName).toList();
        assertEquals("Årsrapport _Ærø_.pdf", names.get(0));
        assertEquals("uden endelse.png", names.get(1), "the type's extension is added");
        assertEquals(255, names.get(2).length());
        assertTrue(names.get(2).endsWith("ø.pdf"));
    }

    @Test
    void onlyTheOwnersApplicantsAddAndRemoveAndEveryoneWhoReadsTheProjectDownloads() throws Exception {
        long report = report(ReportType.STATUS);
        long id = upload(report, AttachmentKind.ATTACHMENT, "Bilag.pdf", SampleFiles.pdf());

        RuleViolation partnerAdds = assertThrows(RuleViolation.class, () -> asPartner(() ->
                attachments.upload(new UploadAttachment(report, null, AttachmentKind.ATTACHMENT, "p.pdf"), stream(SampleFiles.pdf()))));
        assertEquals("access.denied", partnerAdds.key(), "a partner reads, only the owner reports");
        RuleViolation partnerRemoves = assertThrows(RuleViolation.class, () -> asPartner(() -> {
            attachments.remove(id);
            return null;
        }));
        assertEquals("access.denied", partnerRemoves.key());
        assertArrayEquals(SampleFiles.pdf(), asPartner(() -> attachments.download(id)).content(), "the partner reads it");
        assertArrayEquals(SampleFiles.pdf(), DemoUser.ADMIN.call0(() -> attachments.download(id)).content(), "so does the fund");
        assertEquals(1, DemoUser.ADMIN.call0(() -> attachments.list(report)).size());

        assertThrows(EJBAccessException.class, () -> DemoUser.ADMIN.call(() ->
                attachments.upload(new UploadAttachment(report, null, AttachmentKind.ATTACHMENT, "a.pdf"), stream(SampleFiles.pdf()))),
                "the fund reviews, it does not attach");
        assertThrows(EJBAccessException.class, () -> DemoUser.ADMIN.run(() -> attachments.remove(id)));
        assertThrows(EJBAccessException.class, () -> DemoUser.SYSADMIN.call(() -> attachments.download(id)));

        for (DemoUser stranger : List.of(DemoUser.AARHUS, DemoUser.REGION)) {
            RuleViolation download = assertThrows(RuleViolation.class, () -> stranger.call(() -> attachments.download(id)), stranger.name());
            assertEquals("entity.notFound", download.key(), stranger + ": a forged id finds nothing");
            RuleViolation list = assertThrows(RuleViolation.class, () -> stranger.call(() -> attachments.list(report)));
            assertEquals("entity.notFound", list.key());
        }
        RuleViolation aarhusAdds = assertThrows(RuleViolation.class, () -> DemoUser.AARHUS.call(() ->
                attachments.upload(new UploadAttachment(report, null, AttachmentKind.ATTACHMENT, "a.pdf"), stream(SampleFiles.pdf()))));
        assertEquals("entity.notFound", aarhusAdds.key(), "another organisation's report is not found, not refused");
        RuleViolation aarhusRemoves = assertThrows(RuleViolation.class, () -> DemoUser.AARHUS.run(() -> attachments.remove(id)));
        assertEquals("entity.notFound", aarhusRemoves.key());

        RuleViolation missing = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.call(() -> attachments.download(Long.MAX_VALUE)));
        assertEquals("entity.notFound", missing.key());
        assertEquals(1, rows("select count(*) from report_attachment where report_id = ?1", report), "nothing changed");
    }

    @Test
    void removingAnAttachmentTakesItsBytesWithIt() {
        long report = report(ReportType.STATUS);
        long kept = upload(report, AttachmentKind.ATTACHMENT, "Beholdes.pdf", SampleFiles.pdf());
        long removed = upload(report, AttachmentKind.ATTACHMENT, "Fjernes.png", SampleFiles.png());
        DemoUser.RANDERS.run(() -> attachments.remove(removed));
        assertEquals(List.of(kept), DemoUser.RANDERS.call0(() -> attachments.list(report)).stream().map(AttachmentItem::id).toList());
        assertEquals(0, rows("select count(*) from report_attachment_content where attachment_id = ?1", removed));
        assertEquals(1, rows("select count(*) from report_attachment_content where attachment_id = ?1", kept));
        assertEquals(1, rows("select count(*) from report_attachment_aud where id = ?1 and revtype = 2", removed),
                "the removal is in the audit trail");
    }

    @Test
    void theAuditorsStatementBelongsToReportsWithAccounts() {
        long status = report(ReportType.STATUS);
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> upload(status, AttachmentKind.AUDITOR_STATEMENT, "Revisorerklæring.pdf", SampleFiles.pdf()));
        assertEquals("report.noAccounts", e.key());
        long fin = report(ReportType.FINAL);
        upload(fin, AttachmentKind.AUDITOR_STATEMENT, "Revisorerklæring.pdf", SampleFiles.pdf());
        assertTrue(DemoUser.RANDERS.call0(() -> reports.open(fin)).accounts().auditorStatementAttached());
    }

    @Test
    void onceHandedInNothingIsAddedOrRemovedByAnyone() {
        long report = report(ReportType.STATUS);
        long id = upload(report, AttachmentKind.ATTACHMENT, "Indsendt.pdf", SampleFiles.pdf());
        DemoUser.RANDERS.run(() -> reports.submit(new SaveReport(report, reports.open(report).version(), null, null,
                null, null, null, null, null, null)));

        RuleViolation adds = assertThrows(RuleViolation.class, () -> upload(report, AttachmentKind.ATTACHMENT, "Sent.pdf", SampleFiles.pdf()));
        assertEquals("report.locked", adds.key());
        RuleViolation removes = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.run(() -> attachments.remove(id)));
        assertEquals("report.locked", removes.key());
        assertEquals(1, rows("select count(*) from report_attachment where report_id = ?1", report));
        assertArrayEquals(SampleFiles.pdf(), DemoUser.RANDERS.call0(() -> attachments.download(id)).content(),
                "what was handed in can still be read");
    }

    @Test
    void aForeignFundsAttachmentIsNotFoundForAnyone() throws Exception {
        long[] foreign = foreignReportWithAttachment();
        for (DemoUser user : List.of(DemoUser.ADMIN, DemoUser.RANDERS, DemoUser.REGION)) {
            RuleViolation e = assertThrows(RuleViolation.class, () -> user.call(() -> attachments.download(foreign[1])), user.name());
            assertEquals("entity.notFound", e.key());
            assertEquals("entity.notFound", assertThrows(RuleViolation.class, () -> user.call(() -> attachments.list(foreign[0]))).key());
        }
        RuleViolation e = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.run(() -> attachments.remove(foreign[1])));
        assertEquals("entity.notFound", e.key());
        assertEquals(1, rows("select count(*) from report_attachment where id = ?1", foreign[1]));
    }

    // Fixtures --------------------------------------------------------------------------------------------------------

    /** A report of a fresh project in the test fund, owned by Randers Bibliotek, with its own partner organisation. */
    private long report(ReportType type) {
        ensurePartner();
        return DemoUser.ADMIN.call0(() -> {
            long randers = organisations.findByNameOrAlias("Randers Bibliotek").orElseThrow().id();
            long project = projects.create(new NewProject(TestData.testFundId(), null, TestData.unique("Bilag"),
                    ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW, randers, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 12, 31), "Randers", Money.dkk("400000")));
            long partnerOrg = organisations.findByNameOrAlias(AsAttachmentPartner.ORGANISATION).orElseThrow().id();
            projects.addPartner(project, projectVersion(project), partnerOrg, PartnerRole.PARTICIPANT);
            return projects.requireReport(project, projectVersion(project), type, LocalDate.of(2026, 6, 30));
        });
    }

    private long projectVersion(long projectId) {
        return details.detail(projectId).orElseThrow().version();
    }

    private void ensurePartner() {
        DemoUser.ADMIN.run(() -> {
            if (organisations.findByNameOrAlias(AsAttachmentPartner.ORGANISATION).isEmpty()) {
                TestData.library(organisations, AsAttachmentPartner.ORGANISATION);
            }
        });
        DemoUser.SYSADMIN.run(() -> {
            if (users.users().stream().noneMatch(u -> u.username().equals(AsAttachmentPartner.USERNAME))) {
                long org = organisations.findByNameOrAlias(AsAttachmentPartner.ORGANISATION).orElseThrow().id();
                users.create(new NewUser(AsAttachmentPartner.USERNAME, "Bilagspartner", null,
                        "Partneren læser bilagene".toCharArray(), Set.of(Role.APPLICANT), Set.of(org), Set.of(), Set.of()));
            }
        });
    }

    private long upload(long report, AttachmentKind kind, String name, byte[] content) {
        return DemoUser.RANDERS.call0(() -> attachments.upload(new UploadAttachment(report, null, kind, name), stream(content)));
    }

    private <T> T asPartner(Callable<T> work) throws Exception {
        try {
            return partner.call(work);
        } catch (jakarta.ejb.EJBException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private long version(long report) {
        return DemoUser.RANDERS.call0(() -> reports.open(report).version());
    }

    private long rows(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private String storedSha256(long id) {
        return em.createNativeQuery("select sha256 from report_attachment where id = ?1").setParameter(1, id)
                .getSingleResult().toString();
    }

    private static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** {report id, attachment id} in a fund nobody administers, written straight through the entities. */
    private long[] foreignReportWithAttachment() throws Exception {
        transaction.begin();
        try {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            Project project = new Project(fund, null, "Fremmed projekt med bilag", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
            project.addTargetGroup("Fremmede");
            em.persist(project);
            ReportObligation report = project.requireReport(ReportType.STATUS, LocalDate.of(2026, 6, 30));
            em.flush();
            byte[] pdf = SampleFiles.pdf();
            ReportAttachment attachment = report.attach(AttachmentKind.ATTACHMENT, "Hemmeligt.pdf", "application/pdf",
                    pdf.length, sha256(pdf), java.time.Instant.now(), "fremmed");
            em.flush();
            em.persist(new ReportAttachmentContent(attachment, pdf));
            em.flush();
            long[] ids = {report.getId(), attachment.getId()};
            transaction.commit();
            return ids;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** Bytes without end, counting how many were read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return '%';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) '%');
            read += n;
            return n;
        }
    }
}

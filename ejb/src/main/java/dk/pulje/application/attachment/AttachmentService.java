package dk.pulje.application.attachment;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.application.security.SecurityLog;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ReportAttachment;
import dk.pulje.domain.model.project.ReportAttachmentContent;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Files attached to reports: stored in PostgreSQL (docs/adr/0008-attachments-in-postgresql.md), checked by their content, read only by those
 * who may read the report's project. The owner's applicants add and remove them while the report is open (the same
 * rule as writing the report); partners, the fund's administrators and regional staff read. An id outside the
 * caller's projects finds nothing, exactly like an id that does not exist.
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class AttachmentService {

    private static final String REPORT = "subject.report";
    private static final String ATTACHMENT = "subject.attachment";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectAccess access;

    @Inject
    private CallerScopes scopes;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private Clock clock;

    /** The report's attachments, oldest first; their bytes are never read. */
    public List<AttachmentItem> list(long reportId) {
        readable(reportId);
        return em.createQuery("""
                        select new dk.pulje.application.attachment.AttachmentItem(a.id, a.kind, a.fileName, a.contentType,
                               a.sizeBytes, a.uploadedAt, a.uploadedBy, u.displayName)
                        from ReportAttachment a left join UserAccount u on u.username = a.uploadedBy
                        where a.report.id = :report order by a.uploadedAt, a.id""", AttachmentItem.class)
                .setParameter("report", reportId).getResultList();
    }

    /**
     * Reads the upload (never more than the limit allows), checks it by its content and attaches it to the report.
     * Nothing is stored when any check fails.
     *
     * @return the new attachment's id
     */
    @RolesAllowed(Roles.APPLICANT)
    public long upload(@NotNull @Valid UploadAttachment command, InputStream content) {
        ReportObligation report = writable(command.reportId(), command.expectedReportVersion());
        long limit = AttachmentLimits.maxBytes();
        byte[] bytes = readAtMost(content, limit, FileNames.sanitise(command.fileName()));
        FileTypeCheck.CheckedFile file = FileTypeCheck.check(command.fileName(), bytes);
        ReportAttachment attachment = report.attach(command.kind(), file.fileName(), file.type().mediaType(),
                bytes.length, file.sha256(), Instant.now(clock), scopes.current().username());
        em.flush();
        em.persist(new ReportAttachmentContent(attachment, bytes));
        return attachment.getId();
    }

    /** Removes an attachment while its report is open; one handed in is part of the record. */
    @RolesAllowed(Roles.APPLICANT)
    public void remove(long attachmentId) {
        ReportAttachment attachment = em.find(ReportAttachment.class, attachmentId);
        if (attachment == null || !access.canRead(attachment.getReport().getProject().getId())) {
            throw new RuleViolation("entity.notFound", new MessageKey(ATTACHMENT), attachmentId);
        }
        ReportObligation report = writable(attachment.getReport().getId(), null);
        // The bytes go with the row (on delete cascade); they are never loaded for it.
        report.detach(attachment);
        em.flush();
    }

    /** The file with its bytes, for a caller who may read the report's project. */
    public AttachmentFile download(long attachmentId) {
        ReportAttachment attachment = em.find(ReportAttachment.class, attachmentId);
        if (attachment == null || !access.canRead(attachment.getReport().getProject().getId())) {
            throw new RuleViolation("entity.notFound", new MessageKey(ATTACHMENT), attachmentId);
        }
        ReportAttachmentContent content = em.find(ReportAttachmentContent.class, attachmentId);
        return new AttachmentFile(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes(), attachment.getSha256(), content.getContent());
    }

    // Access ----------------------------------------------------------------------------------------------------------

    private ReportObligation readable(long reportId) {
        ReportObligation report = em.find(ReportObligation.class, reportId);
        if (report == null || !access.canRead(report.getProject().getId())) {
            throw new RuleViolation("entity.notFound", new MessageKey(REPORT), reportId);
        }
        return report;
    }

    /**
     * Only the owner's applicants attach (as in ReportService): a partner, the fund and regional staff read. The report
     * row is locked, so that an upload and the report's submission never cross: whichever comes second sees the other.
     */
    private ReportObligation writable(long reportId, Long expectedVersion) {
        ReportObligation report = readable(reportId);
        Project project = report.getProject();
        CallerScope scope = scopes.current();
        if (project.getOwner() == null || !scope.belongsTo(project.getOwner().getId())) {
            securityLog.record(SecurityEventType.ACCESS_DENIED, scope.username(), null, null,
                    "security.detail.projectChange", project.getId());
            throw new RuleViolation("access.denied");
        }
        em.refresh(report, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion != null) {
            guard.requireVersion(report, expectedVersion, REPORT);
        }
        return report;
    }

    /**
     * The upload's bytes, read only up to one byte past the limit: a file that is too big is refused without
     * holding more of it than the limit in memory.
     */
    private static byte[] readAtMost(InputStream content, long limit, String name) {
        if (content == null) {
            throw new RuleViolation("attachment.empty", name);
        }
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new RuleViolation("attachment.tooBig", name, megabytes(limit));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}

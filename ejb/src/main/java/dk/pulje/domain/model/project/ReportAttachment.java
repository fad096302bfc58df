package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a report: what lists show of it. The bytes live in a table of their own
 * (report_attachment_content, V14) so that listing attachments never reads them; the file's type was checked by its
 * content when it was uploaded.
 */
@Entity
@Audited
@Table(name = "report_attachment")
public class ReportAttachment extends ReportPart {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private AttachmentKind kind;

    @NotNull
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @NotNull
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @NotNull
    @Column(name = "sha256", nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @NotNull
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @NotNull
    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected ReportAttachment() {
        // for JPA
    }

    ReportAttachment(ReportObligation report, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                     String sha256, Instant uploadedAt, String uploadedBy) {
        super(report);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = Text.required(fileName, "attachment.fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}

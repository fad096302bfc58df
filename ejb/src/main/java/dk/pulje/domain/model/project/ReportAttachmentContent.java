package dk.pulje.domain.model.project;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * The bytes of a {@link ReportAttachment}, in a table of their own (V14) so that nothing that lists attachments ever
 * reads them. Not audited: the audit trail keeps the metadata and its sha256, which identifies the bytes; keeping
 * every file twice would double the database for no reader. Written once, never changed; removed with its attachment
 * ({@code on delete cascade}).
 */
@Entity
@Table(name = "report_attachment_content")
public class ReportAttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attachment_id")
    private ReportAttachment attachment;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ReportAttachmentContent() {
        // for JPA
    }

    public ReportAttachmentContent(ReportAttachment attachment, byte[] content) {
        this.attachment = Objects.requireNonNull(attachment, "attachment");
        this.content = Objects.requireNonNull(content, "content").clone();
        if (content.length != attachment.getSizeBytes()) {
            throw new IllegalArgumentException("The content is not the size the attachment states");
        }
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public ReportAttachment getAttachment() {
        return attachment;
    }

    /** A copy: the stored bytes never change. */
    public byte[] getContent() {
        return content.clone();
    }
}

package dk.pulje.application.attachment;

import java.io.Serializable;

import dk.pulje.domain.model.project.AttachmentKind;

import java.time.Instant;

/** An attachment as a list shows it: never its bytes. {@code uploadedByName} is null for a user since removed. */
public record AttachmentItem(long id, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                             Instant uploadedAt, String uploadedBy, String uploadedByName) implements Serializable {
}

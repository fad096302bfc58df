package dk.pulje.application.attachment;

/** An attachment with its bytes, for a download. */
public record AttachmentFile(long id, String fileName, String contentType, long sizeBytes, String sha256, byte[] content) {
}

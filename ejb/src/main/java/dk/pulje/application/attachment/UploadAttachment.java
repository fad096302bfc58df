package dk.pulje.application.attachment;

import dk.pulje.domain.model.project.AttachmentKind;
import jakarta.validation.constraints.NotNull;

/**
 * A file to attach to a report; its bytes travel beside the command as a stream.
 *
 * @param expectedReportVersion the report's version the uploader saw, or null: attaching does not change the report
 *                              itself (a draft open in another form stays valid), so a page need not send it
 * @param fileName              the name the browser sent, cleaned before it is stored
 */
public record UploadAttachment(long reportId, Long expectedReportVersion, @NotNull AttachmentKind kind, String fileName) {
}

package dk.pulje.application.attachment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The kinds of file a report may carry, each with the media type it is stored and served as and its extensions. */
public enum AttachmentType {
    PDF("application/pdf", "PDF", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", "odt"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    AttachmentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** How a person names the type (the same in Danish and English). */
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Stream.of(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** The types a person may choose, for messages: "PDF, Word (DOCX), …". */
    public static String labels() {
        return String.join(", ", Stream.of(values()).map(AttachmentType::label).toList());
    }
}

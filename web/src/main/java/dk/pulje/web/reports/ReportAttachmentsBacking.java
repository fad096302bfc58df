package dk.pulje.web.reports;

import dk.pulje.application.attachment.AttachmentItem;
import dk.pulje.application.attachment.AttachmentService;
import dk.pulje.application.attachment.UploadAttachment;
import dk.pulje.domain.model.project.AttachmentKind;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attachments of a report (includes/report/attachments.xhtml): the list with download links and, for the owner's
 * applicants while the report is open, upload and remove. The service decides who may; the include only hides what
 * the caller cannot do. Messages are given to the file field, so that they stand (and are announced) beside it.
 * <p>
 * The file field is the plain {@code h:inputFile} (a native, labelled, keyboard-usable file input): PrimeFaces'
 * simple p:fileUpload marks its input aria-hidden even when it is the visible one. PrimeFaces' ajax posts the
 * multipart form with the file; above 1 MB the container keeps it on disk until the service reads it.
 */
@Named
@ViewScoped
public class ReportAttachmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The file field's id in the include's form, where every message of the include is shown. */
    static final String FORM = "attachmentsForm";
    static final String FIELD = FORM + ":attachmentFile";

    @Inject
    private transient AttachmentService attachments;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking locale;

    private final Map<Long, List<AttachmentItem>> items = new HashMap<>();
    private AttachmentKind kind = AttachmentKind.ATTACHMENT;
    private transient Part file;

    /** The report's attachments, read once per view and again after a change. */
    public List<AttachmentItem> items(long reportId) {
        return items.computeIfAbsent(reportId, attachments::list);
    }

    public List<AttachmentKind> kinds(boolean hasAccounts) {
        return hasAccounts ? List.of(AttachmentKind.values())
                : List.of(AttachmentKind.ATTACHMENT, AttachmentKind.SIGNED_STATEMENT);
    }

    public void upload(long reportId) {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            message(FacesMessage.SEVERITY_ERROR, messages.text("attachments.noFile"));
            return;
        }
        String name = file.getSubmittedFileName();
        try (InputStream content = file.getInputStream()) {
            long id = attachments.upload(new UploadAttachment(reportId, null, kind, name), content);
            items.remove(reportId);
            String stored = items(reportId).stream().filter(i -> i.id() == id).map(AttachmentItem::fileName)
                    .findFirst().orElse(name);
            message(FacesMessage.SEVERITY_INFO, messages.text("attachments.uploaded", stored));
            kind = AttachmentKind.ATTACHMENT;
        } catch (RuleViolation violation) {
            items.remove(reportId);
            message(FacesMessage.SEVERITY_ERROR, violation.messageIn(locale.getLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public void remove(long reportId, AttachmentItem item) {
        try {
            attachments.remove(item.id());
            message(FacesMessage.SEVERITY_INFO, messages.text("attachments.removed", item.fileName()));
        } catch (RuleViolation violation) {
            message(FacesMessage.SEVERITY_ERROR, violation.messageIn(locale.getLocale()));
        } finally {
            items.remove(reportId);
        }
    }

    /** The address of the download, under the application's path. */
    public String downloadUrl(AttachmentItem item) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AttachmentDownloadServlet.PATH + item.id();
    }

    /** A file's size the reader's way: "812 bytes", "12,4 kB", "3,1 MB". */
    public String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale.getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return messages.text("attachments.size.bytes", number.format(bytes));
        }
        if (bytes < 1024 * 1024) {
            return messages.text("attachments.size.kb", number.format(bytes / 1024.0));
        }
        return messages.text("attachments.size.mb", number.format(bytes / (1024.0 * 1024.0)));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(fieldClientId(faces), new FacesMessage(severity, text, null));
    }

    /**
     * The file field's full client id: the include may stand inside another naming container (a tab view) on the page
     * that places it, so it is read from the button that was pressed ("…:attachmentsForm:upload").
     */
    static String fieldClientId(FacesContext faces) {
        String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        int form = source == null ? -1 : source.indexOf(FORM + faces.getNamingContainerSeparatorChar());
        return form < 0 ? FIELD : source.substring(0, form) + FIELD.replace(':', faces.getNamingContainerSeparatorChar());
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

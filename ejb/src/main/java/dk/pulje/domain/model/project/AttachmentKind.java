package dk.pulje.domain.model.project;

/**
 * What an attachment to a report is: any supporting file, the auditor's statement (revisorerklæring) that audited
 * accounts need, or the signed statement of smaller grants' accounts. Labels: {@code enum.AttachmentKind.*}.
 */
public enum AttachmentKind {
    ATTACHMENT,
    AUDITOR_STATEMENT,
    SIGNED_STATEMENT
}

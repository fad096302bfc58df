package dk.pulje.domain.model.account;

/** What the security log records. Labels: {@code enum.SecurityEventType.*}. */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** Only in rows written before throttling replaced the lockout (V5). */
    ACCOUNT_LOCKED,
    /** Only in rows written before throttling replaced the lockout (V5). */
    LOGIN_WHILE_LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    /** A system administrator changed the user's display name. */
    USER_RENAMED,
    ROLES_CHANGED,
    ACCESS_DENIED,
    EXPORT,
    /** Issue 13: a personal API token was made (name, prefix, read-only or not). */
    TOKEN_CREATED,
    /** A token was revoked, by its user or a system administrator (the actor). */
    TOKEN_REVOKED,
    /** A request with a token that changes something (method, path, token): every token write is on record. */
    TOKEN_WRITE,
    /** A failed or refused use of a token (unknown, revoked, expired, disabled user, read-only on a write). */
    TOKEN_REFUSED
}

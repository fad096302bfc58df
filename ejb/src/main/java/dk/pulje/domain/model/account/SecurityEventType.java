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
    TOKEN_REFUSED,
    /** Issue 13: the user confirmed an authenticator app; the login asks for a code from now on. */
    SECOND_FACTOR_ENABLED,
    /** The user turned their second factor off (with a code). */
    SECOND_FACTOR_DISABLED,
    /** A system administrator removed the user's second factor. */
    SECOND_FACTOR_RESET,
    /** The user made ten new recovery codes; the old ones stopped working. */
    RECOVERY_CODES_RENEWED
}

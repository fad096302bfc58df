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
    EXPORT
}

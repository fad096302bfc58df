package dk.pulje.domain.model.account;

/** What the security log records. Labels: {@code enum.SecurityEventType.*}. */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGIN_WHILE_LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    ROLES_CHANGED,
    ACCESS_DENIED,
    EXPORT
}

package dk.pulje.application.security;

/** Why a login did not succeed, as far as it may be told: never whether the username exists. */
public enum LoginOutcome {
    SUCCEEDED,
    /** Wrong username or password, or a disabled account: the same answer for all three. */
    REJECTED,
    /** Too many failures in a row: wait and try again. */
    LOCKED
}

package dk.pulje.application.security;

/** Why a login did not succeed, as far as it may be told: never whether the username exists. */
public enum LoginOutcome {
    SUCCEEDED,
    /** Wrong username or password, or a disabled account: the same answer for all three. */
    REJECTED,
    /** Too many failed guesses from this address or for this username: wait, then try again (not checked at all). */
    THROTTLED,
    /** Too many logins being checked at this moment: try again in a second (not checked, not counted). */
    BUSY
}

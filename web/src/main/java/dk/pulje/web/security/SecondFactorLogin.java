package dk.pulje.web.security;

import dk.pulje.application.security.AuthenticatedUser;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login halfway: the password was right and the account has a second factor, so the session holds who typed it and
 * when, and nothing else. It is no login: the container is not told about the user, and the pages stay closed. It
 * lasts five minutes.
 */
record SecondFactorLogin(String username, String passwordChangedAt, Instant since) implements Serializable {

    static final String SESSION_KEY = "dk.pulje.security.secondFactorPending";
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    static void begin(HttpSession session, AuthenticatedUser user, Instant now) {
        session.setAttribute(SESSION_KEY, new SecondFactorLogin(user.username(), String.valueOf(user.passwordChangedAt()), now));
    }

    /** The pending login of this session, if one is there and still fresh. */
    static SecondFactorLogin of(HttpSession session, Instant now) {
        Object value = session == null ? null : session.getAttribute(SESSION_KEY);
        if (value instanceof SecondFactorLogin pending && now.isBefore(pending.since().plus(VALID_FOR))) {
            return pending;
        }
        return null;
    }

    static void end(HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}

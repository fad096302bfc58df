package dk.pulje.web.security;

import dk.pulje.application.security.ApiTokenAuthentication;
import dk.pulje.application.security.AuthenticatedUser;
import dk.pulje.application.security.AuthenticationService;
import dk.pulje.application.security.LoginOutcome;
import dk.pulje.application.security.TokenCaller;
import dk.pulje.domain.model.account.ApiTokenSecret;
import dk.pulje.application.security.SecondFactorCheck;
import dk.pulje.application.security.SecondFactorPolicy;
import dk.pulje.domain.model.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How people and programs prove who they are (docs/security.md):
 * <ul>
 *   <li>pages: the login form calls {@code SecurityContext.authenticate}; on success the session id is changed and the
 *       username kept in the session; every later request checks that the account is still enabled and takes its
 *       roles from the database;</li>
 *   <li>{@code /api/*}: a personal API token ({@code Authorization: Bearer pulje_…}, no password hash) or HTTP Basic
 *       on every request, never a session or cookie, so cross-site requests carry no credentials. Throttled or busy
 *       attempts and clients over their rate limit ({@link ApiRateLimiter}) answer 429 with Retry-After.</li>
 * </ul>
 * Which of the two applies is decided on the container's normalised path (servlet path + path info), never on the
 * raw request URI: {@code /api/../admin/users.xhtml} is a page. A session ends at its next request when the password
 * changed after it began (a password change or an administrator's reset ends every other session).
 */
@ApplicationScoped
public class PuljeAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "dk.pulje.security.user";
    /** Request attribute: the logged-in person's name as the account states it, for the header. */
    public static final String DISPLAY_NAME = "dk.pulje.displayName";
    static final String LOGIN_OUTCOME = "dk.pulje.security.loginOutcome";
    static final String LOGIN_RETRY_AFTER = "dk.pulje.security.retryAfter";
    public static final String SESSION_PASSWORD_TIME = "dk.pulje.security.passwordChangedAt";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the password was right, the login goes on at the second step (a code). */
    static final String SECOND_STEP = "dk.pulje.security.secondStep";
    /** Request attribute: the second step's outcome when it failed ({@link SecondFactorCheck.Result}). */
    static final String SECOND_STEP_RESULT = "dk.pulje.security.secondStepResult";
    static final String SECOND_STEP_PAGE = "/login-code.xhtml";
    /** Session attribute: a required second factor is missing, so only the page that sets one up opens. */
    public static final String ENROL_FIRST = "dk.pulje.security.enrolFirst";
    public static final String ENROLMENT_PAGE = "/account/security.xhtml";

    /** Request attribute: the {@link TokenCaller} when the request came with an API token (absent for Basic). */
    public static final String TOKEN = "dk.pulje.security.token";

    @Inject
    private AuthenticationService authentication;

    @Inject
    private ApiTokenAuthentication tokens;

    @Inject
    private ApiRateLimiter rateLimiter;

    @Inject
    private SecondFactorCheck secondFactors;

    @Inject
    private SecondFactorPolicy secondFactorPolicy;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/") || path.equals("/api")) {
            return api(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return formLogin(request, context, typed);
        }
        if (credential instanceof SecondFactorCredential code) {
            return secondStep(request, context, code);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<AuthenticatedUser> user = authentication.stillValid(username);
            if (user.isPresent() && String.valueOf(user.get().passwordChangedAt()).equals(session.getAttribute(SESSION_PASSWORD_TIME))) {
                request.setAttribute(DISPLAY_NAME, user.get().displayName()); // for the page header, no second query
                if (session.getAttribute(ENROL_FIRST) != null && !openWhileEnrolling(path)) {
                    return redirectTo(request, response, context, ENROLMENT_PAGE);
                }
                return context.notifyContainerAboutLogin(username, groups(user.get().roles()));
            }
            session.invalidate(); // disabled, deleted or given a new password since the login
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context, path);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           UsernamePasswordCredential typed) {
        AuthenticationService.Result result = authentication.verify(typed.getCaller(), typed.getPassword().getValue(),
                request.getRemoteAddr(), AuthenticationService.Channel.FORM);
        if (result.outcome() != LoginOutcome.SUCCEEDED) {
            request.setAttribute(LOGIN_OUTCOME, result.outcome());
            request.setAttribute(LOGIN_RETRY_AFTER, result.retryAfter());
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: a session id planted before login is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        if (secondFactors.enrolled(result.user().username())) {
            // Not logged in yet: the session only remembers whose code the second step asks for.
            SecondFactorLogin.begin(request.getSession(), result.user(), clock.instant());
            request.setAttribute(SECOND_STEP, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        remember(request.getSession(), result.user());
        if (secondFactorPolicy.requiredFor(result.user().roles())) {
            request.getSession().setAttribute(ENROL_FIRST, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(result.user().username(), groups(result.user().roles()));
    }

    /**
     * The login's second step: the code of the user whose password this session proved within the last minutes. Only
     * now is the container told about the user, under yet another session id.
     */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context,
                                            SecondFactorCredential code) {
        HttpSession session = request.getSession(false);
        SecondFactorLogin pending = SecondFactorLogin.of(session, clock.instant());
        if (pending == null) {
            return AuthenticationStatus.SEND_FAILURE; // no password step, or too long ago: start again
        }
        SecondFactorCheck.Result result = secondFactors.verifyAtLogin(pending.username(), code.code(), request.getRemoteAddr());
        if (!result.succeeded()) {
            request.setAttribute(SECOND_STEP_RESULT, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<AuthenticatedUser> user = authentication.stillValid(pending.username());
        SecondFactorLogin.end(session);
        if (user.isEmpty() || !String.valueOf(user.get().passwordChangedAt()).equals(pending.passwordChangedAt())) {
            return AuthenticationStatus.SEND_FAILURE; // disabled, or a new password since the first step
        }
        request.changeSessionId();
        remember(request.getSession(), user.get());
        return context.notifyContainerAboutLogin(user.get().username(), groups(user.get().roles()));
    }

    /** What a user whose required second factor is missing may open: the enrolment page and what pages need. */
    static boolean openWhileEnrolling(String path) {
        return path.equals(ENROLMENT_PAGE) || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/error.xhtml") || path.equals(LOGIN_PAGE) || path.equals("/favicon.ico");
    }

    /** What the session needs to be checked on every later request. */
    static void remember(HttpSession session, AuthenticatedUser user) {
        session.setAttribute(SESSION_USER, user.username());
        session.setAttribute(SESSION_PASSWORD_TIME, String.valueOf(user.passwordChangedAt()));
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        HttpServletResponse response = context.getResponse();
        SecurityHeaders.apply(request, response);
        String address = request.getRemoteAddr();
        OptionalLong addressWait = rateLimiter.address(address);
        if (addressWait.isPresent()) {
            return tooManyRequests(request, response, addressWait.getAsLong());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(request, response, context, header.substring(7).strip());
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> pair = decode(header.substring(6).strip());
            if (pair.isPresent()) {
                AuthenticationService.Result result = authentication.verify(pair.get()[0], pair.get()[1].toCharArray(),
                        address, AuthenticationService.Channel.API);
                if (result.outcome() == LoginOutcome.SUCCEEDED) {
                    if (basicNotEnough(result.user())) {
                        // A password alone must not open what the login page guards with a second factor.
                        request.setAttribute(dk.pulje.web.support.ErrorDispatchServlet.PROBLEM_DETAIL,
                                ApiTexts.useATokenInstead(request));
                        response.setHeader("WWW-Authenticate", "Bearer realm=\"Pulje\"");
                        return context.responseUnauthorized();
                    }
                    return context.notifyContainerAboutLogin(result.user().username(), groups(result.user().roles()));
                }
                if (result.outcome() == LoginOutcome.THROTTLED || result.outcome() == LoginOutcome.BUSY) {
                    response.setHeader("Retry-After", Long.toString(Math.max(1, result.retryAfter().toSeconds())));
                    try {
                        response.sendError(429);
                    } catch (IOException e) {
                        return AuthenticationStatus.SEND_FAILURE;
                    }
                    return AuthenticationStatus.SEND_FAILURE;
                }
            }
        }
        if (context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pulje\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Pulje\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /**
     * A personal API token (ADR 0018): rate-limited per token before the database is asked, checked without a
     * password hash, run as its user with the user's roles of this moment. A read-only token may only GET and HEAD;
     * every other use of a token is written to the security log (method, path, token), and so is every failure.
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, String presented) {
        String address = request.getRemoteAddr();
        Optional<ApiTokenSecret> form = ApiTokenSecret.parse(presented);
        if (form.isPresent()) {
            OptionalLong tokenWait = rateLimiter.token(form.get().lookup());
            if (tokenWait.isPresent()) {
                return tooManyRequests(request, response, tokenWait.getAsLong());
            }
        }
        Optional<TokenCaller> caller = tokens.authenticate(presented, address);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Pulje\", error=\"invalid_token\"");
            return refuse(request, response, 401, "Unauthorized", "api.problem.tokenInvalid");
        }
        String method = request.getMethod();
        boolean reads = "GET".equals(method) || "HEAD".equals(method);
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!reads) {
            tokens.recordWrite(caller.get(), method, path, address, caller.get().readOnly());
            if (caller.get().readOnly()) {
                return refuse(request, response, 403, "Forbidden", "api.problem.tokenReadOnly");
            }
        }
        request.setAttribute(TOKEN, caller.get());
        AuthenticatedUser user = caller.get().user();
        return context.notifyContainerAboutLogin(user.username(), groups(user.roles()));
    }

    private static AuthenticationStatus tooManyRequests(HttpServletRequest request, HttpServletResponse response,
                                                        long seconds) {
        response.setHeader("Retry-After", Long.toString(seconds));
        return refuse(request, response, 429, "Too Many Requests", "api.problem.rateLimited");
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String title, String detailKey) {
        try {
            ApiRefusal.send(request, response, status, title, detailKey);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A user with a second factor, or one who must have one, uses an API token, never the password alone. */
    private boolean basicNotEnough(AuthenticatedUser user) {
        return secondFactors.enrolled(user.username()) || secondFactorPolicy.requiredFor(user.roles());
    }

    private static Optional<String[]> decode(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A page the person is sent to (path inside Pulje), path-absolute; ajax requests get a partial redirect. */
    private static AuthenticationStatus redirectTo(HttpServletRequest request, HttpServletResponse response,
                                                   HttpMessageContext context, String page) {
        String location = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return context.responseUnauthorized();
            }
        }
        SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Back to the login page, and after it to where the person wanted to go. Ajax requests get a partial redirect. */
    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context, String path) {
        String query = request.getQueryString();
        String target = "GET".equals(request.getMethod()) ? path + (query == null ? "" : "?" + query) : "/index.xhtml";
        String location = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return context.responseUnauthorized();
            }
        }
        // Not context.redirect: the container would build an absolute URL from the Host header.
        SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}

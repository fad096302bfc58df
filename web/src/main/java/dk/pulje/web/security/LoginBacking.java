package dk.pulje.web.security;

import dk.pulje.application.security.LanguagePreferences;
import dk.pulje.application.security.LoginOutcome;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** Backs {@code /login.xhtml}: hands the typed credentials to Jakarta Security and goes on where the person wanted. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking localeBacking;

    @EJB
    private LanguagePreferences languages;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password))).newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            applyLanguage();
            external.redirect(external.getRequestContextPath() + safeNext(next, request));
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (request.getAttribute(PuljeAuthenticationMechanism.SECOND_STEP) != null) {
            // The password was right; the code comes next, and then where the person wanted to go.
            String wanted = next != null && safeNext(next, null).equals(next) ? next : null;
            external.redirect(external.getRequestContextPath() + PuljeAuthenticationMechanism.SECOND_STEP_PAGE
                    + (wanted == null ? "" : "?next=" + java.net.URLEncoder.encode(wanted, java.nio.charset.StandardCharsets.UTF_8)));
            faces.responseComplete();
            return;
        }
        Object outcome = request.getAttribute(PuljeAuthenticationMechanism.LOGIN_OUTCOME);
        String text;
        if (outcome == LoginOutcome.THROTTLED) {
            Duration wait = (Duration) request.getAttribute(PuljeAuthenticationMechanism.LOGIN_RETRY_AFTER);
            text = messages.text("login.throttled", Math.max(1, wait.toSeconds()));
        } else if (outcome == LoginOutcome.BUSY) {
            text = messages.text("login.busy");
        } else {
            text = messages.text("login.failed");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Pulje speaks the language the person last chose, on any device: the one stored with their account, unless they
     * switched on the login page just now (that choice stands and is stored).
     */
    public void applyLanguage() {
        if (localeBacking.isChosen()) {
            languages.remember(localeBacking.getLanguage());
        } else {
            languages.stored().ifPresent(localeBacking::adopt);
        }
    }

    /**
     * Only a path inside Pulje is followed after login: "/projects/list.xhtml" yes; "//evil.example" or
     * "https://evil.example" no (an open redirect would let a phishing link borrow Pulje's login page).
     */
    static String safeNext(String next, HttpServletRequest request) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(PuljeAuthenticationMechanism.LOGIN_PAGE)) {
            return next;
        }
        if (request != null && request.isUserInRole(Roles.SYSTEM_ADMIN) && !request.isUserInRole(Roles.FUND_ADMIN)) {
            return "/admin/users.xhtml";
        }
        // An applicant's start page is their own projects (issue 10); anyone who also works for a fund starts there.
        return request != null && request.isUserInRole(Roles.APPLICANT) && !request.isUserInRole(Roles.FUND_ADMIN)
                && !request.isUserInRole(Roles.REGIONAL_STAFF) ? "/my/projects.xhtml" : "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

package dk.pulje.web.security;

import dk.pulje.application.security.SecondFactorCheck;
import dk.pulje.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backs {@code /login-code.xhtml}, the login's second step: the code from the authenticator app or a recovery code.
 * Which user it is for, only the session knows (the password step); nothing here can name another.
 */
@Named
@RequestScoped
public class LoginCodeBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private LoginBacking loginBacking;

    private String code;
    private String next;

    public void verify() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new SecondFactorCredential(code == null ? "" : code)).newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            loginBacking.applyLanguage();
            external.redirect(external.getRequestContextPath() + LoginBacking.safeNext(next, request));
            faces.responseComplete();
            return;
        }
        Object result = request.getAttribute(PuljeAuthenticationMechanism.SECOND_STEP_RESULT);
        if (!(result instanceof SecondFactorCheck.Result failed)) {
            // No password step in this session, or it was more than five minutes ago: the login starts over.
            external.getFlash().setKeepMessages(true);
            messages.errorText("login.code.expired");
            external.redirect(external.getRequestContextPath() + PuljeAuthenticationMechanism.LOGIN_PAGE);
            faces.responseComplete();
            return;
        }
        String text = failed.outcome() == SecondFactorCheck.Outcome.THROTTLED
                ? messages.text("login.code.throttled", Math.max(1, failed.retryAfter().toSeconds()))
                : messages.text("login.code.wrong");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

package dk.pulje.web.account;

import dk.pulje.application.security.AccountService;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.security.PuljeAuthenticationMechanism;
import dk.pulje.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/** Backs {@code /account/password.xhtml}: everyone changes their own password here. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        try {
            if (replacement == null || !replacement.equals(repeated)) {
                messages.errorText("account.password.mismatch");
                return;
            }
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            Instant changedAt = accounts.changeOwnPassword(current.toCharArray(), replacement.toCharArray(),
                    request.getRemoteAddr());
            // Every other session of this user ends at its next request; this one goes on, under a new id.
            request.changeSessionId();
            request.getSession().setAttribute(PuljeAuthenticationMechanism.SESSION_PASSWORD_TIME, String.valueOf(changedAt));
            messages.info("account.password.changed");
        } catch (RuleViolation e) {
            messages.error(e);
        } finally {
            current = null;
            replacement = null;
            repeated = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}

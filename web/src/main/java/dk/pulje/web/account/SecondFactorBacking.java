package dk.pulje.web.account;

import dk.pulje.application.security.SecondFactorService;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.security.PuljeAuthenticationMechanism;
import dk.pulje.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /account/security.xhtml}: a person turns on two-step verification for their own account (QR code and
 * the secret as text, confirmed with a first code), sees the ten recovery codes once, makes new ones, turns it off.
 * The secret and the codes live only in this view; leaving the page forgets them.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactorService secondFactors;

    @Inject
    private Messages messages;

    private SecondFactorService.Status status;
    private SecondFactorService.Enrolment enrolment;
    private List<String> recoveryCodes;
    private String code;

    @PostConstruct
    void load() {
        status = secondFactors.status();
    }

    public void start() {
        try {
            enrolment = secondFactors.start();
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactors.confirm(code, remoteAddress());
            enrolment = null;
            status = secondFactors.status();
            HttpSession session = request().getSession(false);
            if (session != null) {
                session.removeAttribute(PuljeAuthenticationMechanism.ENROL_FIRST); // the rest of Pulje opens now
            }
            messages.info("account.mfa.enabled");
        } catch (RuleViolation e) {
            messages.error(e);
        } finally {
            code = null;
        }
    }

    public void renewRecoveryCodes() {
        try {
            recoveryCodes = secondFactors.renewRecoveryCodes(code, remoteAddress());
            status = secondFactors.status();
            messages.info("account.mfa.codesRenewed");
        } catch (RuleViolation e) {
            messages.error(e);
        } finally {
            code = null;
        }
    }

    public void disable() {
        try {
            secondFactors.disable(code, remoteAddress());
            recoveryCodes = null;
            status = secondFactors.status();
            messages.info("account.mfa.disabled");
        } catch (RuleViolation e) {
            messages.error(e);
        } finally {
            code = null;
        }
    }

    /** The codes were written down: forget them here, and go on to Pulje. */
    public void done() throws IOException {
        recoveryCodes = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
    }

    /** The secret in groups of four ("ABCD EFGH …"), for typing it into an app by hand. */
    public String getGroupedSecret() {
        return enrolment == null ? "" : String.join(" ", enrolment.secret().split("(?<=\\G.{4})"));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String remoteAddress() {
        return request().getRemoteAddr();
    }

    public SecondFactorService.Status getStatus() {
        return status;
    }

    public SecondFactorService.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isEnrolFirst() {
        HttpSession session = request().getSession(false);
        return session != null && session.getAttribute(PuljeAuthenticationMechanism.ENROL_FIRST) != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

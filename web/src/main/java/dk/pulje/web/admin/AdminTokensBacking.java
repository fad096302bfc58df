package dk.pulje.web.admin;

import dk.pulje.application.security.ApiTokenService;
import dk.pulje.application.security.ApiTokenView;
import dk.pulje.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code /admin/tokens.xhtml}: the system administrator sees every user's API tokens and revokes any of them
 * (asked first, on the page). The revocation is in the security log with the administrator as actor.
 */
@Named
@ViewScoped
public class AdminTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Messages messages;

    private ApiTokenView confirming;
    private List<ApiTokenView> list;

    public void ask(ApiTokenView token) {
        confirming = token;
    }

    public void cancel() {
        confirming = null;
    }

    public void revoke() {
        if (confirming == null) {
            return;
        }
        String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
        if (tokens.revokeAny(confirming.id(), address)) {
            messages.info("tokens.revoked", confirming.name());
        } else {
            messages.errorText("tokens.notFound");
        }
        confirming = null;
        list = null;
    }

    public List<ApiTokenView> getTokens() {
        if (list == null) {
            list = tokens.all();
        }
        return list;
    }

    public String status(ApiTokenView token) {
        return messages.text("enum.TokenStatus." + token.statusAt(Instant.now()).name());
    }

    public String getConfirmText() {
        return confirming == null ? "" : messages.text("tokens.confirm", confirming.name(), confirming.prefix());
    }

    public String revokeLabel(ApiTokenView token) {
        return messages.text("tokens.revoke.label", token.name());
    }

    public ApiTokenView getConfirming() {
        return confirming;
    }
}

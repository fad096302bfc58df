package dk.pulje.web.account;

import dk.pulje.application.security.ApiTokenService;
import dk.pulje.application.security.ApiTokenView;
import dk.pulje.application.security.CreatedApiToken;
import dk.pulje.application.security.NewApiToken;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /account/tokens.xhtml}: everyone makes, sees and revokes their own API tokens. A new token's text is
 * held only until the next action of this view (it is shown once); revoking asks first, on the page itself (no
 * script dialog), and names the token.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Messages messages;

    private String name;
    private boolean readOnly;
    private LocalDate expiresOn;
    /** The token just made, shown once. */
    private transient String createdToken;
    private ApiTokenView confirming;
    private List<ApiTokenView> list;

    public void create() {
        createdToken = null;
        confirming = null;
        try {
            // Valid through the chosen day in Danish time.
            Instant expiresAt = expiresOn == null ? null
                    : expiresOn.plusDays(1).atStartOfDay(Clocks.DANISH_TIME).toInstant();
            CreatedApiToken created = tokens.create(new NewApiToken(name, readOnly, expiresAt), remoteAddress());
            createdToken = created.token();
            name = null;
            readOnly = false;
            expiresOn = null;
            list = null;
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public void ask(ApiTokenView token) {
        createdToken = null;
        confirming = token;
    }

    public void cancel() {
        confirming = null;
    }

    public void revoke() {
        if (confirming == null) {
            return;
        }
        if (tokens.revokeMine(confirming.id(), remoteAddress())) {
            messages.info("tokens.revoked", confirming.name());
        } else {
            messages.errorText("tokens.notFound");
        }
        confirming = null;
        list = null;
    }

    public List<ApiTokenView> getTokens() {
        if (list == null) {
            list = tokens.mine();
        }
        return list;
    }

    public String status(ApiTokenView token) {
        return messages.text("enum.TokenStatus." + token.statusAt(Instant.now()).name());
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getCreatedToken() {
        return createdToken;
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

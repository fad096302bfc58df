package dk.pulje.web.account;

import dk.pulje.application.security.AccountService;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /account/password.xhtml}: everyone changes their own password here. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        try {
            if (replacement == null || !replacement.equals(repeated)) {
                messages.errorText("account.password.mismatch");
                return;
            }
            accounts.changeOwnPassword(current.toCharArray(), replacement.toCharArray());
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

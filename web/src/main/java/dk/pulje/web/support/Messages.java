package dk.pulje.web.support;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.i18n.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts from the views' bundle and messages for the person in front of the screen, in their language. */
@RequestScoped
public class Messages {

    @Inject
    private LocaleBacking localeBacking;

    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(Formats.BUNDLE, localeBacking.getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, localeBacking.getLocale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public void errorText(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** A broken business rule, told the way the domain words it, in the reader's language. */
    public void error(RuleViolation violation) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                violation.messageIn(localeBacking.getLocale()), null));
    }
}

package dk.pulje.web.support;

import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Checks a CVR number as it is typed ({@code validator="pulje.cvr"}, run on blur and on save): eight digits with a
 * modulus-11 check digit, "DK" and spaces allowed. The message is the domain's own, in the reader's language, so the
 * field and the service say the same thing. Empty is fine: foreign organisations have no CVR number.
 */
@FacesValidator("pulje.cvr")
public class CvrValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            Cvr.parse(value);
        } catch (RuleViolation e) {
            String text = e.messageIn(context.getViewRoot().getLocale());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}

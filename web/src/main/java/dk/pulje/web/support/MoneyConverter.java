package dk.pulje.web.support;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyFormat;
import dk.pulje.domain.model.money.MoneyInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The one converter for amounts typed into a form ({@code converter="pulje.money"}): reads Danish input through
 * {@link MoneyInput} ("1.234.567,50", "1,5 mio.") and shows an amount back in Danish notation in both languages, so
 * that what the field shows can always be saved again unchanged (an English "1,500" would read back as 1,5).
 * Something that is not an amount is refused with a message that shows what was typed and how to write it.
 */
@FacesConverter("pulje.money")
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return MoneyInput.parse(value).orElseThrow(() -> {
            ResourceBundle bundle = ResourceBundle.getBundle(Formats.BUNDLE, context.getViewRoot().getLocale());
            String text = new MessageFormat(bundle.getString("money.input.invalid"), context.getViewRoot().getLocale())
                    .format(new Object[]{value.strip()});
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : MoneyFormat.danish().amount(value);
    }
}

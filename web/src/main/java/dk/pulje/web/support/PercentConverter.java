package dk.pulje.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A share typed as percent ({@code converter="pulje.percent"}): "80", "80 %", "12,5" become 0.80, 0.80, 0.125, the
 * 0..1 share the services take. Shown back as "80" or "12,5", without the sign, which the field's label carries.
 */
@FacesConverter("pulje.percent")
public class PercentConverter implements Converter<BigDecimal> {

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(?:,\\d{1,4})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.replace('\u00a0', ' ').replace("%", "").strip();
        if (!PERCENT.matcher(typed).matches()) {
            ResourceBundle bundle = ResourceBundle.getBundle(Formats.BUNDLE, context.getViewRoot().getLocale());
            String text = new MessageFormat(bundle.getString("percent.input.invalid"), context.getViewRoot().getLocale())
                    .format(new Object[]{value.strip()});
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return new BigDecimal(typed.replace(',', '.')).divide(HUNDRED);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.multiply(HUNDRED).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

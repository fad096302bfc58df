package dk.pulje.domain.model.shared;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyFormat;
import jakarta.ejb.ApplicationException;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business rule said no: a negative amount, a grant above the total, a payment above the grant, a bad CVR number …
 * <p>
 * It carries a message key and arguments so that every interface can tell a clerk what is wrong in the clerk's language
 * ({@code dk/pulje/domain/messages*.properties}); amounts and dates among the arguments are formatted for that
 * language too. As an application exception it reaches callers of the services unwrapped and rolls the transaction
 * back, so that nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String BUNDLE = "dk.pulje.domain.messages";
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String key, Object... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The message a clerk reads, in Danish (the default) or English. */
    public String messageIn(Locale locale) {
        if (arguments == null) {
            // Sent across a serialisation (a test's failure on its way to the client): the arguments are transient,
            // the key and the arguments as text are in the plain message. Without this, printing it threw and hid
            // the failure from the test report.
            return getMessage();
        }
        Locale language = locale == null ? DANISH : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
        try {
            Object[] shown = Arrays.stream(arguments).map(a -> shown(a, bundle, language)).toArray();
            return new MessageFormat(bundle.getString(key), language).format(shown);
        } catch (MissingResourceException e) {
            return key + Arrays.toString(arguments);
        }
    }

    private static Object shown(Object argument, ResourceBundle bundle, Locale language) {
        if (argument instanceof java.util.List<?> several) {
            // Several gaps named in one message (e.g. what accounts still lack), each translated.
            return several.stream().map(a -> String.valueOf(shown(a, bundle, language)))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        if (argument instanceof MessageKey messageKey) {
            return new MessageFormat(bundle.getString(messageKey.key()), language).format(new Object[0]);
        }
        if (argument instanceof Money money) {
            return MoneyFormat.forLocale(language).amount(money);
        }
        if (argument instanceof Percent percent) {
            java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(language);
            format.setMaximumFractionDigits(2);
            return format.format(percent.share());
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
        }
        if (argument instanceof Enum<?> value) {
            String enumKey = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
            return bundle.containsKey(enumKey) ? bundle.getString(enumKey) : value.name();
        }
        return argument;
    }

    @Override
    public String getLocalizedMessage() {
        return messageIn(DANISH);
    }
}

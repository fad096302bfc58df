package dk.pulje.web.imports;

import dk.pulje.web.support.Formats;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The file as a whole cannot be read as an allocation list: empty, too big, of another type, broken, without a
 * header, too long. Nothing of it is imported. Key and arguments are from the web bundle ({@code import.file.*}), so
 * the page and the REST endpoint tell it in the reader's language.
 */
public class UnreadableFile extends Exception {

    private static final long serialVersionUID = 1L;
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final String key;
    private final transient Object[] arguments;

    public UnreadableFile(String key, Object... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    UnreadableFile(Throwable cause, String key, Object... arguments) {
        this(key, arguments);
        initCause(cause);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The message in Danish (default) or English. */
    public String text(Locale locale) {
        Locale language = locale == null ? DANISH : locale;
        String pattern = ResourceBundle.getBundle(Formats.BUNDLE, language).getString(key);
        return new MessageFormat(pattern, language).format(arguments());
    }

    @Override
    public String getLocalizedMessage() {
        return text(DANISH);
    }
}

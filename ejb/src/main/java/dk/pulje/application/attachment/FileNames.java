package dk.pulje.application.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name as Pulje stores and offers it for download: the last part of whatever path the browser sent, without
 * control characters or characters that Windows, macOS or a Content-Disposition header trip over, at most 255
 * characters with its extension kept. Letters of any language stay (æ, ø, å above all).
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "bilag";

    private FileNames() {
    }

    public static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        // Only the last part of a path ("C:\Users\x\rapport.pdf", "../../etc/passwd").
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : '_'));
        name = clean.toString().strip();
        // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        name = name.replaceAll("_{2,}", "_").replaceAll("\\s{2,}", " ");
        String extension = extension(name);
        String stem = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        if (stem.isBlank() || stem.chars().allMatch(c -> c == '_')) {
            stem = FALLBACK;
        }
        int room = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
        if (stem.length() > room) {
            stem = stem.substring(0, room);
            if (Character.isHighSurrogate(stem.charAt(stem.length() - 1))) {
                stem = stem.substring(0, stem.length() - 1);
            }
            stem = stem.strip();
        }
        return extension.isEmpty() ? stem : stem + "." + extension;
    }

    /** The extension in lower case without its dot, or "" when there is none. */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String extension = name.substring(dot + 1);
        return extension.length() <= 10 && extension.chars().allMatch(Character::isLetterOrDigit)
                ? extension.toLowerCase(Locale.ROOT) : "";
    }

    private static boolean allowed(int c) {
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        // Reserved on Windows, and the quote, semicolon and percent that a Content-Disposition header reads.
        return "<>:\"/\\|?*;%".indexOf(c) < 0;
    }
}

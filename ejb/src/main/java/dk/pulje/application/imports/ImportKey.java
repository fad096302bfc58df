package dk.pulje.application.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A row's stable key, so that the same file imported twice finds the projects it made the first time: the journal
 * number when the row has one (it names one grant in all of Pulje), else the normalised title with the owner, or the
 * town when no owner is given. The fund and the round are not in the text: the key is stored on the project
 * ({@code project.import_key}, V25) and unique within its round, so they are part of it by where it lives.
 * <p>
 * Normalised means: Unicode NFC (a "ø" typed as o + combining stroke is the same "ø"), lower case, punctuation and
 * symbols dropped, runs of white space as one space. "EuroSkills 2025" and " euroskills  2025. " are one key.
 */
public final class ImportKey {

    static final String JOURNAL = "journal:";

    private ImportKey() {
    }

    public static String of(String journalNumber, String title, String owner, String town) {
        if (journalNumber != null && !journalNumber.isBlank()) {
            return JOURNAL + journalNumber.strip();
        }
        String second = owner != null && !owner.isBlank() ? owner : town;
        return normalise(title) + "|" + normalise(second);
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return nfc.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }

    public static boolean isJournal(String key) {
        return key.startsWith(JOURNAL);
    }
}

package dk.pulje.application.opendata;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What is exported: one round of a fund, or a whole fund (all its rounds and its projects without a round).
 *
 * @param roundId null for a fund
 */
public record OpenDataScope(long fundId, String fundName, Long roundId, String roundName, OpenDataParty funder) {

    public boolean isRound() {
        return roundId != null;
    }

    /** The package's title: the round's or the fund's name. */
    public String title() {
        return isRound() ? fundName + " – " + roundName : fundName;
    }

    /** A file name stem a person recognises: "uddannelsespuljen-2024", only letters, digits and hyphens. */
    public String fileStem() {
        String name = isRound() ? roundName : fundName;
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String stem = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (stem.length() > 60) {
            stem = stem.substring(0, 60).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? (isRound() ? "runde-" + roundId : "pulje-" + fundId) : stem;
    }
}

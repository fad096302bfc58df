package dk.pulje.application.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The towns an import knows: Denmark's 98 municipalities and every town already in Pulje (projects and organisations).
 * A town in the file that is not among them but close to one by edit distance is most likely a typing error ("Horsen")
 * and refused with the suggestion; one far from all of them is a new town (a warning, not an error: small towns are
 * many).
 */
final class TownReference {

    private static final List<String> MUNICIPALITIES = load("municipalities.txt");

    /** lower case → the spelling Pulje uses. */
    private final Map<String, String> towns = new LinkedHashMap<>();

    TownReference(Collection<String> townsInPulje) {
        MUNICIPALITIES.forEach(this::add);
        townsInPulje.forEach(this::add);
    }

    static List<String> municipalities() {
        return MUNICIPALITIES;
    }

    private void add(String town) {
        if (town != null && !town.isBlank()) {
            towns.putIfAbsent(town.strip().toLowerCase(Locale.ROOT), town.strip());
        }
    }

    /** The town as Pulje spells it, when known (any case). */
    Optional<String> known(String town) {
        return Optional.ofNullable(towns.get(town.strip().toLowerCase(Locale.ROOT)));
    }

    /** The closest known town within a small edit distance (1 for short names, 2 from 6 letters), if any. */
    Optional<String> closest(String town) {
        String asked = town.strip().toLowerCase(Locale.ROOT);
        int allowed = asked.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> entry : towns.entrySet()) {
            if (Math.abs(entry.getKey().length() - asked.length()) > allowed) {
                continue;
            }
            int distance = EditDistance.between(asked, entry.getKey());
            if (distance <= allowed && distance < bestDistance) {
                bestDistance = distance;
                best = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> load(String resource) {
        try (InputStream in = TownReference.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

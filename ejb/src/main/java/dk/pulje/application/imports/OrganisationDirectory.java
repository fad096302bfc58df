package dk.pulje.application.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every organisation's name and aliases, to find an owner named in a file (any case) and to suggest existing
 * organisations for a name Pulje does not know ("Leanmark Horsens" → Learnmark Horsens).
 */
final class OrganisationDirectory {

    /** One name an organisation is known by: its own name or an alias. */
    record Name(long id, String organisation, String spelling) {
    }

    private final List<Name> names;
    private final Map<String, Name> byLowerName = new HashMap<>();

    OrganisationDirectory(List<Name> names) {
        this.names = List.copyOf(names);
        for (Name name : names) {
            byLowerName.putIfAbsent(lower(name.spelling()), name);
        }
    }

    Optional<Name> known(String name) {
        return Optional.ofNullable(byLowerName.get(lower(name)));
    }

    /** Up to three organisations whose name or alias is close to this one (edit distance or one inside the other). */
    List<OrganisationSuggestion> suggestions(String name) {
        String asked = lower(name);
        Map<Long, Integer> best = new HashMap<>();
        Map<Long, String> organisations = new HashMap<>();
        for (Name candidate : names) {
            String spelling = lower(candidate.spelling());
            int distance = EditDistance.between(asked, spelling);
            boolean close = distance <= Math.max(2, asked.length() / 4);
            boolean inside = asked.length() >= 4 && spelling.length() >= 4
                    && (spelling.contains(asked) || asked.contains(spelling));
            if (close || inside) {
                int score = close ? distance : Math.abs(asked.length() - spelling.length()) + 3;
                best.merge(candidate.id(), score, Math::min);
                organisations.put(candidate.id(), candidate.organisation());
            }
        }
        List<OrganisationSuggestion> found = new ArrayList<>();
        best.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .forEach(e -> found.add(new OrganisationSuggestion(e.getKey(), organisations.get(e.getKey()))));
        found.sort(Comparator.comparing(s -> best.get(s.id())));
        return found;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}

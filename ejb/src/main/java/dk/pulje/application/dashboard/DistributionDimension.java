package dk.pulje.application.dashboard;

import java.util.Locale;
import java.util.Optional;

/**
 * What a distribution groups the projects by ({@code ?by=} on the page and in the API).
 * <ul>
 *   <li>{@link #TOWN}: the project's town as stored;</li>
 *   <li>{@link #THEME}: each of the project's themes; a project with three themes counts in three groups, so the
 *       groups add up to more than the portfolio;</li>
 *   <li>{@link #INSTITUTION}: the lead institution (the project's owner);</li>
 *   <li>{@link #TYPE}: the lead institution's {@code OrganisationType};</li>
 *   <li>{@link #STATUS}: the project's status.</li>
 * </ul>
 * A project without the value (no town, no owner, no theme) falls in one "not stated" group.
 */
public enum DistributionDimension {
    TOWN, THEME, INSTITUTION, TYPE, STATUS;

    /** The parameter's value ({@code town}, {@code theme} …). */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code town} → TOWN; anything else is empty (the caller answers 400 or falls back, never guesses). */
    public static Optional<DistributionDimension> of(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        for (DistributionDimension d : values()) {
            if (d.parameter().equals(parameter.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether a project may count in more than one group. */
    public boolean overlaps() {
        return this == THEME;
    }
}
